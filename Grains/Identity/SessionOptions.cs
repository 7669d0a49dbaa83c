namespace Orleans.Grains.Identity;

/// <summary>Session lifetimes, bound from the "Session" configuration section.</summary>
public sealed class SessionOptions
{
    /// <summary>Sliding lifetime of the app slot (platforms 1 iOS, 2 Android). Default 30 days.</summary>
    public TimeSpan AppLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Sliding lifetime of the web slot (platforms 3 H5, 4 web, and anything else). Default 30 minutes.</summary>
    public TimeSpan WebLifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>A slide is written to storage only when it moves the stored expiry by at least this much, so every
    /// authenticated call is not a storage write; a crash loses at most this much of a slide. Default 1 minute.</summary>
    public TimeSpan SlideWriteInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Replaced tokens remembered per slot so they answer 603 rather than 601. Default 5.</summary>
    public int ReplacedTokensKept { get; set; } = 5;

    public TimeSpan LifetimeOf(SessionSlot slot) => slot == SessionSlot.App ? AppLifetime : WebLifetime;
}
