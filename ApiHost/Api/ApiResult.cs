namespace ApiHost.Api;

/// <summary>A successful answer: a user-facing message and the data object (null means an empty object).</summary>
public sealed record ApiResult(string Message, object? Data = null);
