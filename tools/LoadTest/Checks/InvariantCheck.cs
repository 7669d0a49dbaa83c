namespace Orleans.Tools.LoadTest.Checks;

/// <summary>One invariant's verdict with the numbers behind it.</summary>
public sealed record InvariantCheck(string Name, bool Passed, string Detail);
