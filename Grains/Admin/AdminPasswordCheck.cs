using Orleans.Grains.Security;

namespace Orleans.Grains.Admin;

/// <summary>Password verification that takes as long for an unknown username as for a known one, so response
/// times do not tell which admin usernames exist.</summary>
public sealed class AdminPasswordCheck(PasswordHasher hasher)
{
    private readonly Lazy<string> _decoy = new(() => hasher.Hash(Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16))));

    public string Hash(string password) => hasher.Hash(password);

    public bool Verify(string password, string storedHash) => hasher.Verify(password, storedHash);

    /// <summary>Does the work of a verification against a hash no password matches; always false.</summary>
    public bool VerifyUnknownAccount(string password)
    {
        hasher.Verify(password, _decoy.Value);
        return false;
    }
}
