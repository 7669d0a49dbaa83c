namespace Orleans.Tests.Gateway.Probes;

/// <summary>Required parameters of several types, to see binding failures name the parameter.</summary>
public sealed record TypedParameters(int Number, string Name, bool Flag = false, long[]? Ids = null);
