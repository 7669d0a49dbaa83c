namespace ApiHost.Api.Handlers.SystemMethods;

/// <summary>Methods whose only business parameter is the optional session token (empty, or null, when not signed in).</summary>
public sealed record TokenParameters(string? Token = "");
