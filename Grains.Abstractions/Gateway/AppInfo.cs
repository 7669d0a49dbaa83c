namespace Orleans.Grains.Gateway;

/// <summary>An appid's registration: its signing secret, whether it may call, and (for admin and activity appids)
/// the client address ranges it may call from, in CIDR notation ("10.0.0.0/8", "::1/128"). Empty means anywhere.
/// <see cref="Dialects"/> names the protocols the app may use (null: every one, as for appids registered before
/// dialects could be restricted); <see cref="EnvelopeKeys"/> are its seed-004 keys when registered.</summary>
public sealed record AppInfo(
    string AppId,
    AppKind Kind,
    string Secret,
    bool Enabled,
    IReadOnlyList<string> IpRanges,
    IReadOnlyList<string>? Dialects = null,
    AppEnvelopeKeys? EnvelopeKeys = null)
{
    /// <summary>Whether the app may use the protocol named <paramref name="dialect"/> (see the API host's DialectNames).</summary>
    public bool MayUse(string dialect) => Dialects is null || Dialects.Contains(dialect, StringComparer.Ordinal);
}
