namespace Orleans.Grains.Identity;

public sealed class MobileIndexState
{
    /// <summary>The id reserved for this number (0 = none yet). Written before the user is created, so a retry after
    /// a crash reuses it instead of leaving an orphan user.</summary>
    public long UserId { get; set; }

    /// <summary>The user exists and the registration answered success: the number is registered.</summary>
    public bool Completed { get; set; }
}
