namespace Orleans.Grains.Content;

/// <summary>An ad position (a slot in the app such as the start-up screen or the home carousel), keyed by its code.
/// <paramref name="DisplayCount"/> is how many live ads clients get at most (0 = all); a disabled position shows none.</summary>
public sealed record AdPositionInfo(string Code, string Name, bool Enabled, int DisplayCount);
