using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.login data (seed 003, section 2.5).</summary>
public sealed record UserSessionResult(
    string Token,
    string OpenId,
    string Mobile,
    string Headimg,
    string Nickname,
    string Intro,
    string RegTime)
{
    public static UserSessionResult Of(SessionGrant grant) => new(
        grant.Token,
        grant.Profile.OpenId,
        grant.Profile.Mobile,
        grant.Profile.HeadImage,
        grant.Profile.Nickname,
        grant.Profile.Intro,
        ApiTime.Format(grant.Profile.RegisteredAt));
}
