namespace Orleans.Grains.Identity;

/// <summary>A user, keyed by user id: profile, password hash and the two session slots (app, web).</summary>
public interface IUserGrain : IGrainWithIntegerKey
{
    /// <summary>Checks a token of this user and, when valid, slides its expiry.</summary>
    Task<SessionCheck> CheckSession(string token);

    /// <summary>Creates the user with this mobile and password. Called only by the mobile index for a registration
    /// that has not completed, so calling it again (after a crash mid-registration) resets the password and keeps the
    /// open_id and registration time.</summary>
    Task<UserProfile> Create(string mobile, string password);

    /// <summary>The profile, or null when no such user exists.</summary>
    Task<UserProfile?> GetProfile();

    /// <summary>True when the user exists and the password matches.</summary>
    Task<bool> VerifyPassword(string password);

    /// <summary>Starts a session in <paramref name="slot"/>; the token that held the slot answers Replaced from now on.
    /// Null, and nothing issued, when the user is locked.</summary>
    Task<SessionGrant?> Login(SessionSlot slot);

    /// <summary>Ends the session of this token, if it is the current one of its slot.</summary>
    Task Logout(string token);

    /// <summary>Changes the password when <paramref name="oldPassword"/> matches and differs from the new one; every
    /// token issued before answers PasswordChanged.</summary>
    Task<PasswordChangeResult> ChangePassword(string oldPassword, string newPassword);

    /// <summary>Sets a new password without the old one (recovery by SMS); every token issued before answers PasswordChanged.</summary>
    Task ResetPassword(string newPassword);

    /// <summary>Locks (admins): every session ends and no login succeeds until unlocked; or unlocks. Answers the
    /// profile, or null when no such user exists.</summary>
    Task<UserProfile?> SetLocked(bool locked, string reason);

    /// <summary>The row of the users read model as of now, or null when no such user exists.</summary>
    Task<UserListing?> GetListing();
}
