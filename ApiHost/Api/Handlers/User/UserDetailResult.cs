namespace ApiHost.Api.Handlers.User;

/// <summary>user.detail data (seed 003, section 2.12).</summary>
public sealed record UserDetailResult(string Mobile, string OpenId, string Nickname, string Headimg, string Intro, string CTime);
