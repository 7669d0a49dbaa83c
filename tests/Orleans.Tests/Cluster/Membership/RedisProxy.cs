using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>A TCP relay in front of the test Redis that the test can cut and restore: one silo's outage (its
/// connections dropped, new ones refused) while Redis stays up for everyone else.</summary>
internal sealed class RedisProxy : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly string _targetHost;
    private readonly int _targetPort;
    private readonly CancellationTokenSource _stop = new();
    private readonly ConcurrentDictionary<TcpClient, TcpClient> _links = new();
    private readonly Task _accepting;
    private volatile bool _open = true;

    public RedisProxy(string redis)
    {
        var endpoint = redis.Split(',')[0];
        var colon = endpoint.LastIndexOf(':');
        (_targetHost, _targetPort) = colon < 0 ? (endpoint, 6379) : (endpoint[..colon], int.Parse(endpoint[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
        _listener.Start();
        Endpoint = $"127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";
        _accepting = AcceptAsync();
    }

    /// <summary>What a silo behind the proxy uses as its Redis configuration.</summary>
    public string Endpoint { get; }

    public void Cut()
    {
        _open = false;
        foreach (var (client, upstream) in _links)
        {
            client.Dispose();
            upstream.Dispose();
        }

        _links.Clear();
    }

    public void Restore() => _open = true;

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        Cut();
        try
        {
            await _accepting;
        }
        catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // The listener was stopped under the accept: that is how the loop ends.
        }

        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            if (!_open)
            {
                client.Dispose();
                continue;
            }

            var upstream = new TcpClient();
            await upstream.ConnectAsync(_targetHost, _targetPort, _stop.Token);
            _links[client] = upstream;
            _ = PumpAsync(client, upstream);
        }
    }

    private async Task PumpAsync(TcpClient client, TcpClient upstream)
    {
        try
        {
            await Task.WhenAny(
                client.GetStream().CopyToAsync(upstream.GetStream(), _stop.Token),
                upstream.GetStream().CopyToAsync(client.GetStream(), _stop.Token));
        }
        catch (Exception exception) when (exception is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // One side went away (or the proxy was cut): close both below.
        }

        _links.TryRemove(client, out _);
        client.Dispose();
        upstream.Dispose();
    }
}
