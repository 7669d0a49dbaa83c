using Orleans;
using Orleans.Grains.Identity;

namespace ApiHost.Api;

/// <summary>Turns a session token into a user id, or into the protocol's session errors (601/602/603/606, and 503
/// for a user an admin locked).</summary>
public sealed class SessionAuthenticator(IGrainFactory grains)
{
    public async Task<long> AuthenticateAsync(string? token)
    {
        if (string.IsNullOrEmpty(token))
        {
            throw new ApiException(ApiErrorKind.NotLoggedIn, "您还未登录");
        }

        var check = await CheckAsync(token);
        return check.Status switch
        {
            SessionStatus.Valid => check.UserId,
            SessionStatus.Replaced => throw new ApiException(ApiErrorKind.LoggedInElsewhere, "您的账号已在其他设备登录"),
            SessionStatus.PasswordChanged => throw new ApiException(ApiErrorKind.PasswordChanged, "密码已经修改，请重新登录"),
            SessionStatus.Locked => throw Locked(),
            _ => throw new ApiException(ApiErrorKind.SessionExpired, "登录超时，请重新登录"),
        };
    }

    /// <summary>The refusal of a locked user, at login and on every call with a session. A business error (503) rather
    /// than a session code (601-606), whose clients would send the user to a login that cannot succeed.</summary>
    public static ApiException Locked() => ApiException.Business("账号已被锁定，请联系客服");

    /// <summary>The token's status without throwing; malformed tokens are Unknown.</summary>
    public Task<SessionCheck> CheckAsync(string token) =>
        SessionToken.TryGetUserId(token, out var userId)
            ? grains.GetGrain<IUserGrain>(userId).CheckSession(token)
            : Task.FromResult(new SessionCheck(SessionStatus.Unknown, 0));
}
