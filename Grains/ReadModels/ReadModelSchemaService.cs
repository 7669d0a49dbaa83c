using Microsoft.Extensions.Hosting;

namespace Orleans.Grains.ReadModels;

/// <summary>Creates every registered read-model table at start-up (idempotent). Projections also create their table
/// on first use, so the order of hosted services does not matter for correctness.</summary>
internal sealed class ReadModelSchemaService(IEnumerable<IReadModel> models) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var model in models)
        {
            await model.EnsureSchemaAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
