using System.Collections.Concurrent;
using Npgsql;

namespace Bench.Alternatives.Store;

/// <summary>The PostgreSQL tables both designs share (users with their gold, sales, per-user counts, orders) and the
/// queries around the purchase: users, gold, the sale definitions (cached), the order list. Tables are prefixed
/// bench_ so they can live in any database, including the test database of .ci/run.</summary>
public sealed class BenchDatabase(NpgsqlDataSource dataSource)
{
    /// <summary>Debits the gold and inserts the order in one statement (one implicit transaction): no row when the
    /// user has too little gold. order_sn follows the product's format, SN + China date + 10-digit sequence.</summary>
    public const string DebitAndInsertOrderSql = """
        WITH debit AS (
            UPDATE bench_user SET gold = gold - $3 WHERE userid = $2 AND gold >= $3 RETURNING userid)
        INSERT INTO bench_order (order_sn, userid, seckill_id, quantity, total, order_status, address_id)
        SELECT 'SN' || to_char(now() AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || lpad(nextval('bench_order_seq')::text, 10, '0'),
               userid, $1, $4, $3, 1, $5
        FROM debit
        RETURNING order_sn
        """;

    private const long SchemaLock = 0x5EC6_1111;

    private const string CreateSql = """
        CREATE SEQUENCE IF NOT EXISTS bench_order_seq;
        CREATE TABLE IF NOT EXISTS bench_user (
            userid bigserial PRIMARY KEY, mobile text NOT NULL UNIQUE, gold bigint NOT NULL DEFAULT 0 CHECK (gold >= 0));
        CREATE TABLE IF NOT EXISTS bench_sale (
            id bigserial PRIMARY KEY, productid bigint NOT NULL, quota int NOT NULL, stock int NOT NULL CHECK (stock >= 0),
            price int NOT NULL, limit_per_user int NOT NULL, start_time timestamptz NOT NULL, end_time timestamptz NOT NULL);
        CREATE TABLE IF NOT EXISTS bench_sale_user (
            sale_id bigint NOT NULL, userid bigint NOT NULL, units int NOT NULL, PRIMARY KEY (sale_id, userid));
        CREATE TABLE IF NOT EXISTS bench_order (
            order_sn text PRIMARY KEY, userid bigint NOT NULL, seckill_id bigint NOT NULL, quantity int NOT NULL,
            total int NOT NULL, order_status smallint NOT NULL, address_id bigint NOT NULL, created timestamptz NOT NULL DEFAULT now());
        CREATE INDEX IF NOT EXISTS bench_order_sale ON bench_order (seckill_id, order_sn);
        """;

    private const string DropSql = """
        DROP TABLE IF EXISTS bench_order, bench_sale_user, bench_sale, bench_user;
        DROP SEQUENCE IF EXISTS bench_order_seq;
        """;

    private readonly ConcurrentDictionary<long, SaleDefinition> _sales = new();

    public NpgsqlDataSource DataSource => dataSource;

    /// <summary>Creates the tables when missing; <paramref name="reset"/> drops them first (a fresh bench run).
    /// Under an advisory lock, so parallel test classes do not race on CREATE.</summary>
    public async Task EnsureSchemaAsync(bool reset, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({SchemaLock})", connection, transaction))
        {
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var command = new NpgsqlCommand((reset ? DropSql : string.Empty) + CreateSql, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        _sales.Clear();
    }

    public async Task<long?> FindUserAsync(string mobile, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT userid FROM bench_user WHERE mobile = $1");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = mobile });
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    /// <summary>Answers the new user's id, or null when the mobile is taken.</summary>
    public async Task<long?> CreateUserAsync(string mobile, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("INSERT INTO bench_user (mobile) VALUES ($1) ON CONFLICT (mobile) DO NOTHING RETURNING userid");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = mobile });
        return await command.ExecuteScalarAsync(cancellationToken) is long id ? id : null;
    }

    public async Task<bool> CreditGoldAsync(long userId, long amount, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("UPDATE bench_user SET gold = gold + $2 WHERE userid = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = userId });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = amount });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<long> GoldAsync(long userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT gold FROM bench_user WHERE userid = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = userId });
        return await command.ExecuteScalarAsync(cancellationToken) is long gold ? gold : 0;
    }

    /// <summary>Inserts the sale row with stock = quota and answers its id.</summary>
    public async Task<long> InsertSaleAsync(SaleDefinition sale, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO bench_sale (productid, quota, stock, price, limit_per_user, start_time, end_time)
            VALUES ($1, $2, $2, $3, $4, $5, $6) RETURNING id
            """);
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = sale.ProductId });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = sale.Quota });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = sale.Price });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = sale.LimitPerUser });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = sale.StartTime.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = sale.EndTime.UtcDateTime });
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        _sales[id] = sale with { Id = id };
        return id;
    }

    /// <summary>The sale's definition, from memory after the first read (sales do not change in the bench).</summary>
    public async ValueTask<SaleDefinition?> SaleAsync(long saleId, CancellationToken cancellationToken)
    {
        if (_sales.TryGetValue(saleId, out var cached))
        {
            return cached;
        }

        await using var command = dataSource.CreateCommand("SELECT productid, quota, price, limit_per_user, start_time, end_time FROM bench_sale WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = saleId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var sale = new SaleDefinition(
            saleId,
            reader.GetInt64(0),
            reader.GetInt32(1),
            reader.GetInt32(2),
            reader.GetInt32(3),
            new DateTimeOffset(reader.GetFieldValue<DateTime>(4), TimeSpan.Zero),
            new DateTimeOffset(reader.GetFieldValue<DateTime>(5), TimeSpan.Zero));
        return _sales.GetOrAdd(saleId, sale);
    }

    /// <summary>Stock left in the sale row (the authority of design a).</summary>
    public async Task<int> RowStockAsync(long saleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT stock FROM bench_sale WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = saleId });
        return await command.ExecuteScalarAsync(cancellationToken) is int stock ? stock : 0;
    }

    /// <summary>Orders of a sale and their units.</summary>
    public async Task<(long Orders, long Units)> OrderTotalsAsync(long saleId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("SELECT count(*), coalesce(sum(quantity), 0) FROM bench_order WHERE seckill_id = $1 AND order_status <> 4");
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = saleId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>A page of a sale's orders (by order_sn) and the total count.</summary>
    public async Task<(IReadOnlyList<OrderRow> Page, long Total)> ListOrdersAsync(long? saleId, int limit, int page, CancellationToken cancellationToken)
    {
        var filter = saleId is null ? string.Empty : "WHERE seckill_id = $1";
        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM bench_order {filter}");
        await using var list = dataSource.CreateCommand(
            $"SELECT order_sn, userid, seckill_id, quantity, total, order_status, created FROM bench_order {filter} ORDER BY order_sn LIMIT {limit} OFFSET {(long)(page - 1) * limit}");
        if (saleId is { } id)
        {
            count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
            list.Parameters.Add(new NpgsqlParameter<long> { TypedValue = id });
        }

        var total = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
        var rows = new List<OrderRow>();
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OrderRow(reader.GetString(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt16(5),
                new DateTimeOffset(reader.GetFieldValue<DateTime>(6), TimeSpan.Zero)));
        }

        return (rows, total);
    }

    /// <summary>Fills the parameters of <see cref="DebitAndInsertOrderSql"/>.</summary>
    public static void AddOrderParameters(NpgsqlParameterCollection parameters, BuyRequest request, int total)
    {
        parameters.Add(new NpgsqlParameter<long> { TypedValue = request.SaleId });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = request.UserId });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = total });
        parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Quantity });
        parameters.Add(new NpgsqlParameter<long> { TypedValue = request.AddressId });
    }
}
