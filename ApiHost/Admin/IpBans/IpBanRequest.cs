namespace ApiHost.Admin.IpBans;

/// <summary>Bans <c>ip</c> (IPv4 or IPv6) for <c>minutes</c> from now, replacing a ban in force.</summary>
public sealed record IpBanRequest(string Ip, int Minutes, string Reason);
