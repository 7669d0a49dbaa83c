using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Apps;

/// <summary>Creates the configured appids that storage does not have yet; never overwrites an existing one.</summary>
public sealed partial class AppSeeder(IGrainFactory grains, IOptions<List<AppSeedOptions>> apps, ILogger<AppSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var app in apps.Value.Where(a => a.AppId.Length > 0))
        {
            if (app.Secret.Length < 16)
            {
                throw new InvalidOperationException($"The secret of appid {app.AppId} must have at least 16 characters.");
            }

            var info = new AppInfo(app.AppId, app.Kind, app.Secret, app.Enabled, app.IpRanges);
            if (await grains.GetGrain<IAppGrain>(app.AppId).SeedIfMissing(info))
            {
                LogSeeded(logger, app.AppId, app.Kind);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Information, "Created appid {AppId} ({Kind}) from configuration")]
    private static partial void LogSeeded(ILogger logger, string appId, AppKind kind);
}
