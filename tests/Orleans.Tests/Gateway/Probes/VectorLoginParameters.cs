namespace Orleans.Tests.Gateway.Probes;

public sealed record VectorLoginParameters(string Username, string Password);
