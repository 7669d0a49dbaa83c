namespace ApiHost.Admin.AppIds;

/// <summary>Body of POST /v1/apps. The secret is generated (128 random bits) and answered once.</summary>
/// <param name="Appid">3-64 letters, digits or '_'.</param>
/// <param name="Kind">"app", "admin" or "activity".</param>
/// <param name="Enabled">Default true.</param>
/// <param name="IpRanges">CIDR ranges or single addresses, at most 32; admin and activity appids only.</param>
/// <param name="Dialects">The protocols the app may use (yaf, app, rest-v1, app-token, envelope); default all.</param>
public sealed record AppCreateRequest(
    string Appid, string Kind, bool Enabled = true, IReadOnlyList<string>? IpRanges = null, IReadOnlyList<string>? Dialects = null);
