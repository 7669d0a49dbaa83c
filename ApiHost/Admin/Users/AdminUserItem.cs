using ApiHost.Admin.Auth;
using ApiHost.Admin.Http;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Users;

/// <summary>An admin account in listings.</summary>
/// <param name="Username">Lower-case username.</param>
/// <param name="Role">"admin" (full rights) or "operator" (read-only).</param>
/// <param name="Enabled">False: cannot sign in, sessions ended.</param>
/// <param name="CTime">Created, "yyyy-MM-dd HH:mm:ss" (UTC+8).</param>
/// <param name="LockedUntil">Set while failed logins lock the account, "yyyy-MM-dd HH:mm:ss" (UTC+8).</param>
public sealed record AdminUserItem(string Username, string Role, bool Enabled, string CTime, string? LockedUntil)
{
    public static AdminUserItem From(AdminUserView user) =>
        new(user.Username, AdminCredentials.RoleName(user.Role), user.Enabled, AdminTime.Format(user.CreatedAt), AdminTime.Format(user.LockedUntil));
}
