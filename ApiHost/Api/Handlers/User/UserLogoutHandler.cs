using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.logout: ends the caller's session; the token then answers 601.</summary>
public sealed class UserLogoutHandler : ApiHandler<NoParameters, EmptyResult>
{
    public override string Method => "user.logout";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context)
    {
        await context.Grains.GetGrain<IUserGrain>(context.RequireUserId()).Logout(context.Token!);
        return new ApiResult("退出成功");
    }
}
