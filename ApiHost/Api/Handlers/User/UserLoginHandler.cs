using ApiHost.Api.Handlers.Sms;
using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.login: the login guard of the number checks the credential (and counts failures) in its own turn;
/// on success the user's slot for this platform gets a new token and the previous one answers 603.</summary>
public sealed class UserLoginHandler : ApiHandler<UserLoginParameters, UserSessionResult>
{
    public override string Method => "user.login";

    public override bool IsWrite => true;

    public override bool CountsTowardIpBan => true;

    protected override async Task<ApiResult> HandleAsync(UserLoginParameters parameters, ApiContext context)
    {
        var mobile = IdentityRules.Mobile(parameters.Mobile);
        var attempt = parameters.LoginType switch
        {
            (int)LoginMethod.SmsCode => (Method: LoginMethod.SmsCode, Secret: IdentityRules.Secret(parameters.Code, "code")),
            (int)LoginMethod.Password => (Method: LoginMethod.Password, Secret: IdentityRules.Secret(string.IsNullOrEmpty(parameters.Password) ? parameters.Code : parameters.Password, "password")),
            _ => throw ApiException.Parameter("login_type", "须为 1（验证码登录）或 2（密码登录）"),
        };

        var userId = await context.Grains.GetGrain<IMobileIndexGrain>(mobile).Lookup()
            ?? throw new ApiException(ApiErrorKind.NotRegistered, "账号未注册");
        var result = await context.Grains.GetGrain<ILoginGuardGrain>(mobile).Attempt(new LoginAttempt(userId, attempt.Method, attempt.Secret));
        return result.Status switch
        {
            LoginAttemptStatus.Succeeded => Ok("登录成功", UserSessionResult.Of(
                await context.Grains.GetGrain<IUserGrain>(userId).Login(IdentityRules.SlotOf(context.Fixed)) ?? throw SessionAuthenticator.Locked())),
            LoginAttemptStatus.Locked => throw new ApiException(
                ApiErrorKind.LoginLocked, $"登录失败次数过多，账号已被限制登录，请于 {ApiTime.Format(result.LockedUntil!.Value)} 后再试"),
            LoginAttemptStatus.WrongCode => throw SmsCodeErrors.Wrong(),
            LoginAttemptStatus.CodeExpired => throw SmsCodeErrors.Expired(),
            _ => throw new ApiException(ApiErrorKind.WrongCredentials, "账号或密码不正确"),
        };
    }
}
