using System.Net;

namespace ApiHost.Api;

/// <summary>The caller's address: the connection's, or the last X-Forwarded-For entry when a trusted proxy sets it.
/// The last entry is the one the proxy appended; entries before it come from the client and can be forged.</summary>
public static class ClientAddress
{
    public static IPAddress Of(HttpContext context, bool trustForwardedFor)
    {
        if (trustForwardedFor &&
            context.Request.Headers["X-Forwarded-For"].ToString().Split(',')[^1].Trim() is { Length: > 0 } forwarded &&
            IPAddress.TryParse(forwarded, out var address))
        {
            return Normalize(address);
        }

        // The in-process test server has no socket; treat it as loopback.
        return Normalize(context.Connection.RemoteIpAddress ?? IPAddress.Loopback);
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
}
