using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.register data (seed 003, section 2.6): the login fields plus <c>openid</c>, which the document's
/// field table lists beside <c>open_id</c> (the same value).</summary>
public sealed record UserRegisterResult(
    string Token,
    string OpenId,
    string Mobile,
    string Headimg,
    string Nickname,
    string Intro,
    string RegTime,
    string Openid)
{
    public static UserRegisterResult Of(SessionGrant grant) => new(
        grant.Token,
        grant.Profile.OpenId,
        grant.Profile.Mobile,
        grant.Profile.HeadImage,
        grant.Profile.Nickname,
        grant.Profile.Intro,
        ApiTime.Format(grant.Profile.RegisteredAt),
        grant.Profile.OpenId);
}
