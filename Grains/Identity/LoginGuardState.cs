namespace Orleans.Grains.Identity;

public sealed class LoginGuardState
{
    /// <summary>Times of failed logins within the window, oldest first.</summary>
    public List<DateTimeOffset> Failures { get; set; } = [];

    public DateTimeOffset? LockedUntil { get; set; }
}
