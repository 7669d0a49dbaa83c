namespace ApiHost.Protocols.Dialects;

/// <summary>The protocols an app may be allowed (app registration, <c>dialects</c>): the signed gateway of seed 003
/// and the four siblings, named after their routes.</summary>
public static class DialectNames
{
    /// <summary>Seed 003, POST / and POST /api.</summary>
    public const string Yaf = "yaf";

    /// <summary>Seed 000 under /app/.</summary>
    public const string App = "app";

    /// <summary>Seed 001 for clients under /v1/app/.</summary>
    public const string RestV1 = "rest-v1";

    /// <summary>Seed 002 under /api/.</summary>
    public const string AppToken = "app-token";

    /// <summary>Seed 004, POST /gateway.</summary>
    public const string Envelope = "envelope";

    public static readonly IReadOnlyList<string> All = [Yaf, App, RestV1, AppToken, Envelope];
}
