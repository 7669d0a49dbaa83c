namespace Orleans.Grains.Admin;

/// <summary>One admin session, keyed by the SHA-256 (hex) of its token. Sliding expiry.</summary>
public interface IAdminSessionGrain : IGrainWithStringKey
{
    /// <summary>Starts the session (called by the account's grain after a successful login).</summary>
    Task Open(AdminSessionOpen session);

    /// <summary>The session's owner and role when it is valid, sliding its expiry; null otherwise.</summary>
    Task<AdminSession?> Check();

    /// <summary>Ends the session (logout). Closing an unknown session is not an error.</summary>
    Task Close();
}
