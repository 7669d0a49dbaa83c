using System.Net;

namespace ApiHost.Api;

/// <summary>The caller's address: the connection's, or the first X-Forwarded-For entry when a trusted proxy sets it.</summary>
public static class ClientAddress
{
    public static IPAddress Of(HttpContext context, bool trustForwardedFor)
    {
        if (trustForwardedFor &&
            context.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim() is { Length: > 0 } forwarded &&
            IPAddress.TryParse(forwarded, out var address))
        {
            return Normalize(address);
        }

        // The in-process test server has no socket; treat it as loopback.
        return Normalize(context.Connection.RemoteIpAddress ?? IPAddress.Loopback);
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
