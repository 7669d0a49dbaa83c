namespace ApiHost.Admin.Users;

/// <summary>Body of PUT /v1/admin-users/{username}; leave out what stays the same. A new password or disabling ends
/// the account's sessions; a new password also lifts a login lock.</summary>
/// <param name="Enabled">False disables the account.</param>
/// <param name="Role">"admin" or "operator".</param>
/// <param name="Password">8-128 characters.</param>
public sealed record AdminUserUpdateRequest(bool? Enabled = null, string? Role = null, string? Password = null);
