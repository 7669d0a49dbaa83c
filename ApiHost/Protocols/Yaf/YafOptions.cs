namespace ApiHost.Protocols.Yaf;

/// <summary>Options of the signed mobile protocol, bound from the "Yaf" configuration section.</summary>
public sealed class YafOptions
{
    /// <summary>How far a request's timestamp may be from server time, either way. Default 600 seconds.</summary>
    public TimeSpan TimestampWindow { get; set; } = TimeSpan.FromSeconds(600);

    /// <summary>Largest url-encoded body. Default 64 KB.</summary>
    public long MaxFormBytes { get; set; } = 64 * 1024;

    /// <summary>Largest multipart body (uploads). Default 8 MB.</summary>
    public long MaxMultipartBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Take the client address from the last X-Forwarded-For entry (the one the proxy appended). Only behind a proxy that sets it. Default false.</summary>
    public bool TrustForwardedFor { get; set; }
}
