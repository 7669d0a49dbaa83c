using Npgsql;

namespace Bench.Alternatives.Store;

/// <summary>Design (a), the classic relational way: one transaction per purchase. The conditional
/// <c>UPDATE bench_sale SET stock = stock - q WHERE id = .. AND stock >= q</c> comes first, so a sold-out sale answers
/// after one statement; it also takes the sale row's lock, which every other buyer of this sale then waits for until
/// this transaction commits (the design's known limit). Then, in one round trip, the per-user count (an upsert that
/// refuses to pass the limit) and the gold debit with the order insert; any refusal rolls everything back.
/// Oversell is impossible twice over: the conditional update under the row lock, and CHECK (stock >= 0).</summary>
public sealed class RelationalPurchaseStore(BenchDatabase database, TimeProvider clock) : IPurchaseStore
{
    private const string TakeStockSql = "UPDATE bench_sale SET stock = stock - $2 WHERE id = $1 AND stock >= $2";

    private const string CountUserSql = """
        INSERT INTO bench_sale_user (sale_id, userid, units) VALUES ($1, $2, $3)
        ON CONFLICT (sale_id, userid) DO UPDATE SET units = bench_sale_user.units + EXCLUDED.units
        WHERE bench_sale_user.units + EXCLUDED.units <= $4
        RETURNING units
        """;

    public StoreKind Kind => StoreKind.Postgres;

    public Task<long> CreateSaleAsync(SaleDefinition sale, CancellationToken cancellationToken) =>
        database.InsertSaleAsync(sale, cancellationToken);

    public async Task<BuyResult> BuyAsync(BuyRequest request, CancellationToken cancellationToken)
    {
        if (await database.SaleAsync(request.SaleId, cancellationToken) is not { } sale)
        {
            return new BuyResult(BuyOutcome.NotFound);
        }

        if (sale.WindowRejection(clock.GetUtcNow()) is { } closed)
        {
            return new BuyResult(closed);
        }

        var total = sale.Price * request.Quantity;
        await using var connection = await database.DataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var take = new NpgsqlCommand(TakeStockSql, connection, transaction))
        {
            take.Parameters.Add(new NpgsqlParameter<long> { TypedValue = request.SaleId });
            take.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Quantity });
            if (await take.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return new BuyResult(BuyOutcome.SoldOut);
            }
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        if (sale.LimitPerUser > 0)
        {
            var count = new NpgsqlBatchCommand(CountUserSql);
            count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = request.SaleId });
            count.Parameters.Add(new NpgsqlParameter<long> { TypedValue = request.UserId });
            count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = request.Quantity });
            count.Parameters.Add(new NpgsqlParameter<int> { TypedValue = sale.LimitPerUser });
            batch.BatchCommands.Add(count);
        }

        var order = new NpgsqlBatchCommand(BenchDatabase.DebitAndInsertOrderSql);
        BenchDatabase.AddOrderParameters(order.Parameters, request, total);
        batch.BatchCommands.Add(order);

        var withinLimit = true;
        string? orderSn = null;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            if (sale.LimitPerUser > 0)
            {
                withinLimit = await reader.ReadAsync(cancellationToken);
                await reader.NextResultAsync(cancellationToken);
            }

            if (await reader.ReadAsync(cancellationToken))
            {
                orderSn = reader.GetString(0);
            }
        }

        if (!withinLimit || orderSn is null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return new BuyResult(withinLimit ? BuyOutcome.NotEnoughGold : BuyOutcome.LimitReached);
        }

        await transaction.CommitAsync(cancellationToken);
        return new BuyResult(BuyOutcome.Ok, orderSn, total);
    }

    public async Task<SaleCounters?> CountersAsync(long saleId, CancellationToken cancellationToken)
    {
        if (await database.SaleAsync(saleId, cancellationToken) is not { } sale)
        {
            return null;
        }

        var stock = await database.RowStockAsync(saleId, cancellationToken);
        var (orders, units) = await database.OrderTotalsAsync(saleId, cancellationToken);
        return new SaleCounters(saleId, sale.ProductId, sale.Quota, sale.Quota - stock, stock, orders, units);
    }
}
