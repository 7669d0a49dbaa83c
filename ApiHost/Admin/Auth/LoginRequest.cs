namespace ApiHost.Admin.Auth;

/// <summary>Body of POST /v1/login.</summary>
/// <param name="Username">Admin username, e.g. "admin".</param>
/// <param name="Password">The account's password.</param>
public sealed record LoginRequest(string Username, string Password);
