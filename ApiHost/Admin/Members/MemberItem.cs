using ApiHost.Admin.Http;
using Orleans.Grains.Identity;

namespace ApiHost.Admin.Members;

/// <summary>A mobile user as admins see it, with the gold balance.</summary>
public sealed record MemberItem(long Userid, string Mobile, string OpenId, string Nickname, string RegTime, int Gold)
{
    public static MemberItem From(UserProfile p, int gold) =>
        new(p.UserId, p.Mobile, p.OpenId, p.Nickname, AdminTime.Format(p.RegisteredAt), gold);
}
