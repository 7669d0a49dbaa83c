using Orleans.Grains.Gateway;

namespace Orleans.Grains.Gateway;

public sealed class AppState
{
    public AppInfo? App { get; set; }
}
