namespace Orleans.Grains.ReadModels;

/// <summary>A registered projection, as start-up sees it: its table must exist before grains write to it.</summary>
public interface IReadModel
{
    ReadModelSchema Schema { get; }

    Task EnsureSchemaAsync(CancellationToken cancellationToken);
}
