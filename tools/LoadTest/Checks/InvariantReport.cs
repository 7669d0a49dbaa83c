namespace Orleans.Tools.LoadTest.Checks;

/// <summary>All invariant verdicts of a run; it passes when every check does.</summary>
public sealed record InvariantReport(IReadOnlyList<InvariantCheck> Checks)
{
    public bool Passed => Checks.All(c => c.Passed);
}
