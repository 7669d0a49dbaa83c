using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.User;

/// <summary>user.register data (seed 003, section 2.6): the login fields plus <c>openid</c>, which the document's
/// field table lists beside <c>open_id</c> (the same value). Not a positional record: System.Text.Json matches
/// constructor parameters to properties ignoring case, and OpenId/Openid would collide.</summary>
public sealed record UserRegisterResult
{
    public required string Token { get; init; }

    public required string OpenId { get; init; }

    public required string Mobile { get; init; }

    public required string Headimg { get; init; }

    public required string Nickname { get; init; }

    public required string Intro { get; init; }

    public required string RegTime { get; init; }

    public required string Openid { get; init; }

    public static UserRegisterResult Of(SessionGrant grant) => new()
    {
        Token = grant.Token,
        OpenId = grant.Profile.OpenId,
        Mobile = grant.Profile.Mobile,
        Headimg = grant.Profile.HeadImage,
        Nickname = grant.Profile.Nickname,
        Intro = grant.Profile.Intro,
        RegTime = ApiTime.Format(grant.Profile.RegisteredAt),
        Openid = grant.Profile.OpenId,
    };
}
