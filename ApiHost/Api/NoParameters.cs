namespace ApiHost.Api;

/// <summary>For methods whose only parameters are the fixed ones (and the token).</summary>
public sealed record NoParameters;
