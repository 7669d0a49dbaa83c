namespace Orleans.Grains.Admin;

public enum AdminLoginStatus
{
    Success,

    /// <summary>Unknown username or wrong password; the two are not told apart.</summary>
    BadCredentials,

    /// <summary>The account is disabled (only said after the right password was given).</summary>
    Disabled,

    /// <summary>Too many failed logins; see <see cref="AdminLoginResult.LockedUntil"/>.</summary>
    Locked,
}
