namespace ApiHost.Protocols.Envelope;

/// <summary>Seed 004's gateway, bound from the "Envelope" section.</summary>
public sealed class EnvelopeOptions
{
    /// <summary>The server's RSA private key (PEM, PKCS#8 or PKCS#1) that signs every answer. Empty: a key is made at
    /// start-up and lives as long as the process (development only; clients then fetch it from GET /gateway/server-key).</summary>
    public string ServerPrivateKey { get; set; } = string.Empty;

    /// <summary>The app of requests whose head names none (head.AppId is this product's addition to the seed's head).</summary>
    public string DefaultAppId { get; set; } = string.Empty;

    /// <summary>Registered client apps by appid.</summary>
    public Dictionary<string, EnvelopeAppOptions> Apps { get; set; } = [];

    /// <summary>How far the time at the end of a TradeSerialNo may be from server time, either way; a serial is
    /// remembered (and refused again) for that long after its time. Default 10 minutes.</summary>
    public TimeSpan SerialWindow { get; set; } = TimeSpan.FromMinutes(10);
}
