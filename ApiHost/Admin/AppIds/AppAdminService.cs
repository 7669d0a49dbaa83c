using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using ApiHost.Admin.Http;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.AppIds;

/// <summary>Appid management: the use cases behind /v1/apps.</summary>
public sealed partial class AppAdminService(IGrainFactory grains)
{
    public const int MaxIpRanges = 32;
    public const int MaxApps = 1000;

    public async Task<IReadOnlyList<AppItem>> ListAsync()
    {
        var ids = await Directory.List();
        var apps = await Task.WhenAll(ids.Select(id => grains.GetGrain<IAppGrain>(id).Get()));
        return apps.OfType<AppInfo>().Select(app => AppItem.From(app)).ToList();
    }

    public async Task<AppItem> GetAsync(string appId) =>
        AppItem.From(await grains.GetGrain<IAppGrain>(Known(appId)).Get() ?? throw AdminException.NotFound("appid"));

    public async Task<AppItem> CreateAsync(AppCreateRequest request)
    {
        if (!AppIdPattern().IsMatch(request.Appid))
        {
            throw AdminException.Invalid("appid", "3-64 letters, digits or '_'");
        }

        var kind = request.Kind?.ToLowerInvariant() switch
        {
            "app" => AppKind.App,
            "admin" => AppKind.Admin,
            "activity" => AppKind.Activity,
            _ => throw AdminException.Invalid("kind", "must be \"app\", \"admin\" or \"activity\""),
        };
        var ranges = ValidRanges(request.IpRanges ?? []);
        var dialects = request.Dialects is null ? null : ValidDialects(request.Dialects);
        if (!await Directory.Reserve(request.Appid, MaxApps))
        {
            throw AdminException.Conflict($"at most {MaxApps} appids");
        }

        var app = new AppInfo(request.Appid, kind, NewSecret(), request.Enabled, ranges, dialects);
        if (!await grains.GetGrain<IAppGrain>(app.AppId).SeedIfMissing(app))
        {
            throw AdminException.Conflict($"appid {app.AppId} already exists");
        }

        return AppItem.From(app, withSecret: true);
    }

    public async Task<AppItem> UpdateAsync(string appId, AppUpdateRequest request)
    {
        var ranges = request.IpRanges is null ? null : ValidRanges(request.IpRanges);
        var dialects = request.Dialects is null ? null : ValidDialects(request.Dialects);
        var updated = await grains.GetGrain<IAppGrain>(Known(appId)).Update(new AppChange(request.Enabled, ranges, Dialects: dialects))
            ?? throw AdminException.NotFound("appid");
        return AppItem.From(updated);
    }

    /// <summary>A new secret takes effect at once: clients signing with the old one get 503.</summary>
    public async Task<AppItem> RotateSecretAsync(string appId)
    {
        var updated = await grains.GetGrain<IAppGrain>(Known(appId)).Update(new AppChange(Secret: NewSecret()))
            ?? throw AdminException.NotFound("appid");
        return AppItem.From(updated, withSecret: true);
    }

    private IAppDirectoryGrain Directory => grains.GetGrain<IAppDirectoryGrain>("default");

    /// <summary>128 random bits as 32 hex digits, the shape of the protocol's example secret.</summary>
    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string Known(string appId) => AppIdPattern().IsMatch(appId) ? appId : throw AdminException.NotFound("appid");

    private static IReadOnlyList<string> ValidRanges(IReadOnlyList<string> ranges)
    {
        if (ranges.Count > MaxIpRanges)
        {
            throw AdminException.Invalid("ip_ranges", $"at most {MaxIpRanges} ranges");
        }

        foreach (var range in ranges)
        {
            if (range is not { Length: > 0 and <= 64 } || !(IPNetwork.TryParse(range, out _) || IPAddress.TryParse(range, out _)))
            {
                var shown = range is null ? "null" : range.Length > 64 ? range[..64] : range;
                throw AdminException.Invalid("ip_ranges", $"\"{shown}\" is not a CIDR range or an IP address");
            }
        }

        return ranges.ToList();
    }

    [GeneratedRegex("^[A-Za-z0-9_]{3,64}$", RegexOptions.CultureInvariant)]
    private static partial Regex AppIdPattern();
}
