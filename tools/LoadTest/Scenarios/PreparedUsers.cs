namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>The outcome of user preparation: who is ready, how many failed and the first failure's reason.</summary>
public sealed record PreparedUsers(IReadOnlyList<TestUser> Ready, int Failed, string? FirstFailure, TimeSpan Elapsed);
