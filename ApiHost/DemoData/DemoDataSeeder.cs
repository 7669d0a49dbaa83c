using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Catalog;

namespace ApiHost.DemoData;

/// <summary>Runs every <see cref="IDemoDataContributor"/> at start-up unless DemoData:Enabled is false. Each one runs
/// at most once per storage: a durable marker per contributor says "done", and a contributor whose area already has
/// data is marked done without seeding. A start cut short (marker "started") seeds again, which is safe because
/// contributors are idempotent.</summary>
public sealed partial class DemoDataSeeder(
    IEnumerable<IDemoDataContributor> contributors,
    IGrainFactory grains,
    IOptions<DemoDataOptions> options,
    ILogger<DemoDataSeeder> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        foreach (var contributor in contributors)
        {
            var marker = grains.GetGrain<IDemoDataGrain>(contributor.Name);
            var status = await marker.Get();
            if (status == DemoDataStatus.Done)
            {
                continue;
            }

            if (status == DemoDataStatus.NotStarted && await contributor.HasDataAsync(cancellationToken))
            {
                await marker.Set(DemoDataStatus.Done);
                LogSkipped(logger, contributor.Name);
                continue;
            }

            await marker.Set(DemoDataStatus.Started);
            await contributor.SeedAsync(cancellationToken);
            await marker.Set(DemoDataStatus.Done);
            LogSeeded(logger, contributor.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Information, "Demo data '{Name}' created (DemoData:Enabled=false turns this off)")]
    private static partial void LogSeeded(ILogger logger, string name);

    [LoggerMessage(2, LogLevel.Information, "Demo data '{Name}' skipped: storage already holds data")]
    private static partial void LogSkipped(ILogger logger, string name);
}
