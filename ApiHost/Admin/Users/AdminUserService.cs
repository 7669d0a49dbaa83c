using ApiHost.Admin.Auth;
using ApiHost.Admin.Http;
using Orleans;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Users;

/// <summary>Admin account management: the use cases behind /v1/admin-users.</summary>
public sealed class AdminUserService(IGrainFactory grains)
{
    /// <summary>Bounds the directory (and the fan-out of a listing).</summary>
    public const int MaxAccounts = 500;

    public async Task<IReadOnlyList<AdminUserItem>> ListAsync()
    {
        var names = await grains.GetGrain<IAdminDirectoryGrain>("default").List();
        var users = await Task.WhenAll(names.Select(name => grains.GetGrain<IAdminUserGrain>(name).Get()));
        return users.OfType<AdminUserView>().Select(AdminUserItem.From).ToList();
    }

    public async Task<AdminUserItem> GetAsync(string username) =>
        AdminUserItem.From(await grains.GetGrain<IAdminUserGrain>(Known(username)).Get() ?? throw AdminException.NotFound("admin user"));

    public async Task<AdminUserItem> CreateAsync(AdminUserCreateRequest request)
    {
        var username = AdminCredentials.RequireUsername(request.Username);
        var password = AdminCredentials.RequirePassword(request.Password);
        var role = AdminCredentials.ParseRole(request.Role);
        if (!await grains.GetGrain<IAdminDirectoryGrain>("default").Reserve(username, MaxAccounts))
        {
            throw AdminException.Conflict($"at most {MaxAccounts} admin accounts");
        }

        var grain = grains.GetGrain<IAdminUserGrain>(username);
        if (!await grain.Create(new AdminUserCreate(password, role)))
        {
            throw AdminException.Conflict($"admin user {username} already exists");
        }

        return AdminUserItem.From((await grain.Get())!);
    }

    public async Task<AdminUserItem> UpdateAsync(string username, AdminUserUpdateRequest request, AdminPrincipal caller)
    {
        username = Known(username);
        var role = request.Role is null ? (AdminRole?)null : AdminCredentials.ParseRole(request.Role);
        var password = request.Password is null ? null : AdminCredentials.RequirePassword(request.Password);

        // An admin cannot lock themselves out: at least the caller keeps full rights.
        if (username == caller.Username && (request.Enabled is false || role is AdminRole.Operator))
        {
            throw AdminException.Invalid(request.Enabled is false ? "enabled" : "role", "you cannot disable or demote your own account");
        }

        var updated = await grains.GetGrain<IAdminUserGrain>(username).Update(new AdminUserChange(request.Enabled, role, password))
            ?? throw AdminException.NotFound("admin user");
        return AdminUserItem.From(updated);
    }

    /// <summary>A path username that cannot exist is simply not found.</summary>
    private static string Known(string username) => AdminCredentials.NormalizeUsername(username) ?? throw AdminException.NotFound("admin user");
}
