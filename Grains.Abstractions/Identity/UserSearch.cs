namespace Orleans.Grains.Identity;

/// <summary>An admin users query, newest user first. <paramref name="Mobile"/> matches a part of the number ("" = any);
/// <paramref name="Locked"/> null = any.</summary>
public sealed record UserSearch(string Mobile = "", bool? Locked = null, long Offset = 0, int Limit = 20)
{
    /// <summary>Most rows one query returns (admin lists page by up to this many).</summary>
    public const int MaxLimit = 2000;

    public const int MaxMobileLength = 11;
}
