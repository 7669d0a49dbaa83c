using ApiHost.Api.Handlers.Sms;
using Orleans.Grains.Identity;
using Orleans.Grains.Sms;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.pwd.find: sets a new password with a USER_FIND_PWD code (consumed); tokens issued before answer 606.</summary>
public sealed class UserPwdFindHandler : ApiHandler<UserPwdFindParameters, EmptyResult>
{
    public override string Method => "user.pwd.find";

    public override bool IsWrite => true;

    public override bool CountsTowardIpBan => true;

    protected override async Task<ApiResult> HandleAsync(UserPwdFindParameters parameters, ApiContext context)
    {
        var mobile = IdentityRules.Mobile(parameters.Mobile);
        var code = IdentityRules.Secret(parameters.Code, "code");
        var password = IdentityRules.NewPassword(parameters.Password, "password");
        var userId = await context.Grains.GetGrain<IMobileIndexGrain>(mobile).Lookup()
            ?? throw new ApiException(ApiErrorKind.NotRegistered, "账号未注册");
        SmsCodeErrors.ThrowUnlessCorrect(
            await context.Grains.GetGrain<ISmsCodeGrain>(SmsTemplates.CodeKey(SmsTemplates.FindPassword, mobile)).Consume(code));
        await context.Grains.GetGrain<IUserGrain>(userId).ResetPassword(password);
        return new ApiResult("密码找回成功");
    }
}
