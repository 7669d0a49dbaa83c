namespace Orleans.Grains.Content;

/// <summary>What a client of a given version should do: the newest applicable release, and the strongest upgrade way
/// of all releases newer than the client (a forced release in between cannot be skipped by a later suggested one).</summary>
public sealed record UpgradeAdvice(int UpgradeWay, string AppV, string Title, string Desc, string Url, bool DialogRepeat);
