namespace ApiHost.Admin.Auth;

/// <summary>The session token; send it as the X-Auth-Token header (or the __token query parameter).</summary>
public sealed record LoginToken(string Token);
