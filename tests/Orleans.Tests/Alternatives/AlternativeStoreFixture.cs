using Bench.Alternatives.Store;
using Npgsql;
using Orleans.Tests.TestKit;
using StackExchange.Redis;

namespace Orleans.Tests.Alternatives;

/// <summary>A bench store against the test servers: the bench tables are created when missing (never dropped, the
/// database is shared), and every test makes its own users and sale, so runs and tests do not meet.</summary>
public sealed class AlternativeStoreFixture : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly ConnectionMultiplexer? _redis;

    private AlternativeStoreFixture(NpgsqlDataSource dataSource, ConnectionMultiplexer? redis, IPurchaseStore store)
    {
        _dataSource = dataSource;
        _redis = redis;
        Store = store;
        Database = new BenchDatabase(dataSource);
    }

    public BenchDatabase Database { get; private set; }

    public IPurchaseStore Store { get; }

    public static async Task<AlternativeStoreFixture> CreateAsync(StoreKind kind)
    {
        var builder = new NpgsqlConnectionStringBuilder(PostgresDataAttribute.ConnectionString) { MaxPoolSize = 20 };
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        var database = new BenchDatabase(dataSource);
        await database.EnsureSchemaAsync(reset: false, CancellationToken.None);
        ConnectionMultiplexer? redis = null;
        IPurchaseStore store;
        if (kind == StoreKind.Redis)
        {
            redis = await ConnectionMultiplexer.ConnectAsync(BenchStoreFactAttribute.Redis!);
            store = new CachePurchaseStore(database, redis, TimeProvider.System);
        }
        else
        {
            store = new RelationalPurchaseStore(database, TimeProvider.System);
        }

        return new AlternativeStoreFixture(dataSource, redis, store) { Database = database };
    }

    /// <summary>Users with fresh mobiles, each credited <paramref name="gold"/>.</summary>
    public async Task<IReadOnlyList<long>> UsersAsync(int count, long gold)
    {
        var prefix = "17" + Random.Shared.Next(0, 100_000).ToString("D5", System.Globalization.CultureInfo.InvariantCulture);
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var mobile = prefix + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
            var id = await Database.CreateUserAsync(mobile, CancellationToken.None) ?? await Database.FindUserAsync(mobile, CancellationToken.None) ?? throw new InvalidOperationException("user not created");
            if (gold > 0)
            {
                await Database.CreditGoldAsync(id, gold, CancellationToken.None);
            }

            ids.Add(id);
        }

        return ids;
    }

    public Task<long> SaleAsync(int quota, int price, int limitPerUser) =>
        Store.CreateSaleAsync(
            new SaleDefinition(0, 1, quota, price, limitPerUser, DateTimeOffset.UtcNow.AddMinutes(-1), DateTimeOffset.UtcNow.AddHours(1)),
            CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        await _dataSource.DisposeAsync();
    }
}
