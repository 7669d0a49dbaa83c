using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.detail: the signed-in user's profile.</summary>
public sealed class UserDetailHandler : ApiHandler<NoParameters, UserDetailResult>
{
    public override string Method => "user.detail";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context)
    {
        var profile = await context.Grains.GetGrain<IUserGrain>(context.RequireUserId()).GetProfile()
            ?? throw new ApiException(ApiErrorKind.SessionExpired, "登录超时，请重新登录");
        return Ok("信息获取成功", new UserDetailResult(
            profile.Mobile, profile.OpenId, profile.Nickname, profile.HeadImage, profile.Intro, ApiTime.Format(profile.RegisteredAt)));
    }
}
