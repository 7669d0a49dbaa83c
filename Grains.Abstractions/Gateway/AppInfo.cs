namespace Orleans.Grains.Gateway;

/// <summary>An appid's registration: its signing secret, whether it may call, and (for admin and activity appids)
/// the client address ranges it may call from, in CIDR notation ("10.0.0.0/8", "::1/128"). Empty means anywhere.</summary>
public sealed record AppInfo(string AppId, AppKind Kind, string Secret, bool Enabled, IReadOnlyList<string> IpRanges);
