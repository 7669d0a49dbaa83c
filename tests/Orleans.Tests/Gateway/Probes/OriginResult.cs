namespace Orleans.Tests.Gateway.Probes;

public sealed record OriginResult(string Origin);
