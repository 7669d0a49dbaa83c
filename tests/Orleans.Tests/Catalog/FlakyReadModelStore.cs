using Orleans.Grains.ReadModels;

namespace Orleans.Tests.Catalogue;

/// <summary>A real read-model store whose writes can be made to fail, standing in for a crash or an outage between
/// a grain's state write and its projection.</summary>
public sealed class FlakyReadModelStore(IReadModelStore inner) : IReadModelStore
{
    public bool FailWrites { get; set; }

    public string Name => inner.Name;

    public Task EnsureSchemaAsync(ReadModelSchema schema, CancellationToken cancellationToken = default) => inner.EnsureSchemaAsync(schema, cancellationToken);

    public Task<bool> UpsertAsync(ReadModelSchema schema, ReadModelRecord record, CancellationToken cancellationToken = default) =>
        FailWrites ? Task.FromException<bool>(new IOException("read-model database unavailable")) : inner.UpsertAsync(schema, record, cancellationToken);

    public Task<IReadOnlyList<bool>> UpsertManyAsync(ReadModelSchema schema, IReadOnlyList<ReadModelRecord> records, CancellationToken cancellationToken = default) =>
        FailWrites ? Task.FromException<IReadOnlyList<bool>>(new IOException("read-model database unavailable")) : inner.UpsertManyAsync(schema, records, cancellationToken);

    public Task<long?> VersionAsync(ReadModelSchema schema, object key, CancellationToken cancellationToken = default) => inner.VersionAsync(schema, key, cancellationToken);

    public Task<ReadModelPage> QueryAsync(ReadModelSchema schema, ReadModelQuery query, CancellationToken cancellationToken = default) =>
        inner.QueryAsync(schema, query, cancellationToken);
}
