namespace Orleans.Grains.Identity;

public enum LoginAttemptStatus
{
    Succeeded,

    /// <summary>Too many failures: this attempt was refused or was the one that locked the number.</summary>
    Locked,
    WrongPassword,
    WrongCode,

    /// <summary>No valid SMS code: never sent, expired, used, or invalidated by wrong tries.</summary>
    CodeExpired,
}
