namespace Orleans.Grains.Admin;

/// <summary>One admin account, keyed by its lower-case username: password hash, role, enabled flag, the failed-login
/// lockout and the session epoch.</summary>
public interface IAdminUserGrain : IGrainWithStringKey
{
    /// <summary>The account, or null when there is none by this name.</summary>
    Task<AdminUserView?> Get();

    /// <summary>Creates the account and lists it in the directory; false (and nothing changed) when it exists.</summary>
    Task<bool> Create(AdminUserCreate account);

    /// <summary>Applies the changes; null when there is no such account.</summary>
    Task<AdminUserView?> Update(AdminUserChange change);

    /// <summary>Checks the password against the lockout rules and, when right, opens a session.</summary>
    Task<AdminLoginResult> Login(string password);

    /// <summary>The account's role when a session of the given epoch is still good: the account exists, is enabled,
    /// and neither its password nor its enabled flag changed since; otherwise null.</summary>
    Task<AdminRole?> Authorize(int epoch);
}
