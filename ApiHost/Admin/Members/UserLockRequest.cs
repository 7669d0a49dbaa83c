namespace ApiHost.Admin.Members;

/// <summary>Why a user is locked (kept with the lock, shown to admins).</summary>
public sealed record UserLockRequest(string Reason);
