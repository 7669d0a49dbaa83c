namespace Orleans.Tests.Gateway.Probes;

/// <summary>Data JSON cannot express (NaN is not a JSON number under the protocol's options).</summary>
public sealed record UnwritableData(string Note, double Ratio);
