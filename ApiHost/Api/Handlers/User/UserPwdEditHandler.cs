using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.pwd.edit: the old password must match and differ from the new one; afterwards every token issued
/// before (this one included) answers 606.</summary>
public sealed class UserPwdEditHandler : ApiHandler<UserPwdEditParameters, EmptyResult>
{
    public override string Method => "user.pwd.edit";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(UserPwdEditParameters parameters, ApiContext context)
    {
        var oldPassword = IdentityRules.Secret(parameters.OldPwd, "old_pwd");
        var newPassword = IdentityRules.NewPassword(parameters.NewPwd, "new_pwd");
        return await context.Grains.GetGrain<IUserGrain>(context.RequireUserId()).ChangePassword(oldPassword, newPassword) switch
        {
            PasswordChangeResult.Changed => new ApiResult("密码修改成功"),
            PasswordChangeResult.SameAsOld => throw ApiException.Business("新密码不能与旧密码相同"),
            _ => throw ApiException.Business("旧密码不正确"),
        };
    }
}
