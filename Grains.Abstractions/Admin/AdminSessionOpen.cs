namespace Orleans.Grains.Admin;

/// <summary>What a session grain remembers from the login that opened it. The epoch is the account's session epoch
/// at login: a password change or disabling bumps the account's epoch, which ends older sessions.</summary>
public sealed record AdminSessionOpen(string Username, int Epoch);
