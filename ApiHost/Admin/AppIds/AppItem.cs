using ApiHost.Protocols.Dialects;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.AppIds;

/// <summary>An appid as admins see it. The secret is shown only by create and rotate.</summary>
/// <param name="Appid">The appid clients send.</param>
/// <param name="Kind">"app", "admin" or "activity".</param>
/// <param name="Enabled">False: every call with this appid answers 503.</param>
/// <param name="IpRanges">Allowed client ranges (CIDR) for admin and activity appids; empty means anywhere.</param>
/// <param name="Dialects">The protocols the app may use: yaf, app, rest-v1, app-token, envelope.</param>
/// <param name="EnvelopeKeys">Whether seed-004 keys are registered (PUT /v1/apps/{appid}/envelope); without them the
/// configured Envelope:Apps keys apply.</param>
/// <param name="Secret">The signing secret; only in the answers of create and rotate.</param>
public sealed record AppItem(
    string Appid, string Kind, bool Enabled, IReadOnlyList<string> IpRanges, IReadOnlyList<string> Dialects, bool EnvelopeKeys, string? Secret = null)
{
    public static AppItem From(AppInfo app, bool withSecret = false) =>
        new(app.AppId, app.Kind.ToString().ToLowerInvariant(), app.Enabled, app.IpRanges, app.Dialects ?? DialectNames.All,
            app.EnvelopeKeys is not null, withSecret ? app.Secret : null);
}
