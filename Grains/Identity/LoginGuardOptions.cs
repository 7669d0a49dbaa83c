namespace Orleans.Grains.Identity;

/// <summary>Login lockout, bound from the "LoginGuard" configuration section.</summary>
public sealed class LoginGuardOptions
{
    /// <summary>Failed logins within <see cref="FailureWindow"/> that lock a mobile number. Default 5.</summary>
    public int MaxFailures { get; set; } = 5;

    /// <summary>Default 24 hours.</summary>
    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a number stays locked, from the failure that locked it. Default 24 hours.</summary>
    public TimeSpan LockDuration { get; set; } = TimeSpan.FromHours(24);
}
