namespace Orleans.Grains.Identity;

/// <summary>Anti-replay request tokens, bound from the "RequestToken" configuration section.</summary>
public sealed class RequestTokenOptions
{
    /// <summary>Default 30 minutes.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Most tokens one call may ask for. Default 5 (seed 003, section 2.3).</summary>
    public int MaxPerIssue { get; set; } = 5;

    /// <summary>Most unexpired tokens a user holds; issuing more drops the oldest, so a client cannot grow the
    /// grain's state without bound. Default 50.</summary>
    public int MaxOutstanding { get; set; } = 50;
}
