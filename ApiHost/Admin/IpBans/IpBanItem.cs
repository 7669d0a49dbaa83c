using ApiHost.Admin.Http;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.IpBans;

/// <summary>The state of a client address: whether a ban is in force (until <c>ban_end</c>), who set it
/// (<c>banned_by</c>, absent for an automatic ban after repeated failures) and why; the failures counting toward an
/// automatic ban, and the SMS sent from it today.</summary>
public sealed record IpBanItem(
    string Ip,
    bool Banned,
    string? BanEnd,
    string? BannedAt,
    string? BannedBy,
    string? Reason,
    int RecentFailures,
    int SmsToday)
{
    public static IpBanItem From(string ip, IpGuardStatus s) =>
        new(ip, s.BanEnd is not null, AdminTime.Format(s.BanEnd), AdminTime.Format(s.BannedAt), s.BannedBy, s.BanReason, s.RecentFailures, s.SmsToday);
}
