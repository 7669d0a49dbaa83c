using ApiHost.Admin.Http;
using Orleans.Grains.Identity;

namespace ApiHost.Admin.Members;

/// <summary>A mobile user as admins see it. <c>gold</c> (the balance, from the wallet grain) comes with single users
/// only; lists leave it out rather than activating a wallet per row. A locked user cannot log in or use a session.</summary>
public sealed record MemberItem(
    long Userid,
    string Mobile,
    string OpenId,
    string Nickname,
    string RegTime,
    bool Locked,
    string? LockTime = null,
    string? LockReason = null,
    int? Gold = null)
{
    public static MemberItem From(UserListing u, int? gold) =>
        new(u.UserId, u.Mobile, u.OpenId, u.Nickname, AdminTime.Format(u.RegisteredAt), u.Locked, AdminTime.Format(u.LockedAt), u.LockReason, gold);
}
