namespace Orleans.Tests.TestGrains;

/// <summary>Names the silo a test host is (its endpoint), so a grain can tell which silo it runs on.</summary>
public sealed record SiloIdentity(string Endpoint);
