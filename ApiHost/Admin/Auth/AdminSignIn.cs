using ApiHost.Admin.Http;
using Orleans;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Auth;

/// <summary>Login and logout of admins: the use cases behind POST /v1/login and /v1/logout.</summary>
public sealed class AdminSignIn(IGrainFactory grains)
{
    public async Task<LoginToken> LoginAsync(LoginRequest request)
    {
        // A malformed name cannot be an account; over-long passwords are refused before any hashing.
        var username = AdminCredentials.NormalizeUsername(request.Username);
        if (username is null || request.Password.Length is 0 or > AdminCredentials.MaxPasswordLength)
        {
            throw BadCredentials();
        }

        var result = await grains.GetGrain<IAdminUserGrain>(username).Login(request.Password);
        return result.Status switch
        {
            AdminLoginStatus.Success => new LoginToken(result.Token!),
            AdminLoginStatus.Locked => throw new AdminException(StatusCodes.Status429TooManyRequests, AdminErrorCodes.LoginLocked,
                $"too many failed logins: account locked until {Http.AdminTime.Format(result.LockedUntil!.Value)}"),
            AdminLoginStatus.Disabled => throw new AdminException(StatusCodes.Status401Unauthorized, AdminErrorCodes.AccountDisabled, "account disabled"),
            _ => throw BadCredentials(),
        };
    }

    public Task LogoutAsync(AdminPrincipal principal) => grains.GetGrain<IAdminSessionGrain>(principal.TokenHash).Close();

    private static AdminException BadCredentials() =>
        new(StatusCodes.Status401Unauthorized, AdminErrorCodes.BadCredentials, "wrong username or password");
}
