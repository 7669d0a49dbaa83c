using System.Net;
using System.Net.Sockets;

namespace Orleans.Tests.TestKit;

/// <summary>Loopback ports for servers a test starts itself. Drawn below Linux's ephemeral range (32768-60999): a port
/// the OS handed out for port 0 can go to another test's outgoing connection between this check and the server's
/// bind; ports chosen here cannot.</summary>
public static class FreePorts
{
    public static int One() => Run(1);

    /// <summary>A first port with <paramref name="count"/> free ports from it on (server i listens on first + i).</summary>
    public static int Run(int count)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var start = Random.Shared.Next(20000, 32000 - count);
            if (Enumerable.Range(start, count).All(IsFree))
            {
                return start;
            }
        }

        throw new InvalidOperationException($"No run of {count} free loopback ports found.");
    }

    private static bool IsFree(int port)
    {
        try
        {
            using var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
