using Orleans.Grains.Gateway;

namespace ApiHost.Apps;

/// <summary>An appid to create at start-up when storage has none by that name ("Apps" configuration list).</summary>
public sealed class AppSeedOptions
{
    public string AppId { get; set; } = string.Empty;

    public AppKind Kind { get; set; } = AppKind.App;

    public string Secret { get; set; } = string.Empty;

    public bool Enabled { get; set; } = true;

    public List<string> IpRanges { get; set; } = [];
}
