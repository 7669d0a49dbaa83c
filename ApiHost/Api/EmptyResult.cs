namespace ApiHost.Api;

/// <summary>For answers whose data is an empty object.</summary>
public sealed record EmptyResult;
