namespace Orleans.Grains.Content;

/// <summary>Keys of the <see cref="IContentIndexGrain"/>s.</summary>
public static class ContentIndex
{
    public const string AdPositions = "ad-positions";
    public const string AppUpgrades = "app-upgrades";

    /// <summary>Most keys one index holds: bounds the index's state and what one admin list call fans out to.</summary>
    public const int MaxKeys = 500;
}
