using Npgsql;
using StackExchange.Redis;

namespace Bench.Alternatives.Store;

/// <summary>Design (b), the classic cache way: a Redis Lua script checks and pre-deducts the stock and the buyer's
/// count atomically (Redis runs one script at a time), so sold-out buyers never reach the database; a winner's gold
/// debit and order go to PostgreSQL in one statement, and a refusal there (too little gold) or a failure gives the
/// units back in Redis. Redis is the stock authority: the sale row's stock column is not touched by purchases.
/// Known limit, as in the field: a crash between the script and the insert loses those units (undersell), and a
/// Redis without persistence forgets the stock on restart.</summary>
public sealed class CachePurchaseStore(BenchDatabase database, IConnectionMultiplexer redis, TimeProvider clock) : IPurchaseStore
{
    /// <summary>KEYS: stock, per-user hash. ARGV: userid, quantity, limit (0 = none). Answers the stock left, -1 sold
    /// out, -2 limit reached, -3 unknown sale.</summary>
    private static readonly LuaScript Take = LuaScript.Prepare("""
        local stock = redis.call('GET', @stock)
        if not stock then return -3 end
        local q = tonumber(@quantity)
        if tonumber(stock) < q then return -1 end
        local limit = tonumber(@limit)
        if limit > 0 then
          local had = tonumber(redis.call('HGET', @users, @userid) or '0')
          if had + q > limit then return -2 end
          redis.call('HINCRBY', @users, @userid, q)
        end
        return redis.call('DECRBY', @stock, q)
        """);

    private static readonly LuaScript GiveBack = LuaScript.Prepare("""
        redis.call('INCRBY', @stock, @quantity)
        if tonumber(@limit) > 0 then redis.call('HINCRBY', @users, @userid, -tonumber(@quantity)) end
        return 1
        """);

    public StoreKind Kind => StoreKind.Redis;

    public async Task<long> CreateSaleAsync(SaleDefinition sale, CancellationToken cancellationToken)
    {
        var id = await database.InsertSaleAsync(sale, cancellationToken);
        var db = redis.GetDatabase();
        await db.KeyDeleteAsync(UsersKey(id));
        await db.StringSetAsync(StockKey(id), sale.Quota);
        return id;
    }

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

        var arguments = new
        {
            stock = StockKey(sale.Id),
            users = UsersKey(sale.Id),
            userid = request.UserId,
            quantity = request.Quantity,
            limit = sale.LimitPerUser,
        };
        var db = redis.GetDatabase();
        var left = (long)await db.ScriptEvaluateAsync(Take, arguments);
        switch (left)
        {
            case -1:
                return new BuyResult(BuyOutcome.SoldOut);
            case -2:
                return new BuyResult(BuyOutcome.LimitReached);
            case -3:
                return new BuyResult(BuyOutcome.NotFound);
        }

        var total = sale.Price * request.Quantity;
        string? orderSn;
        try
        {
            await using var command = database.DataSource.CreateCommand(BenchDatabase.DebitAndInsertOrderSql);
            BenchDatabase.AddOrderParameters(command.Parameters, request, total);
            orderSn = await command.ExecuteScalarAsync(cancellationToken) as string;
        }
        catch (Exception error) when (error is NpgsqlException or OperationCanceledException)
        {
            // The statement did not complete (it is one implicit transaction): the reserved units go back.
            await db.ScriptEvaluateAsync(GiveBack, arguments);
            throw;
        }

        if (orderSn is null)
        {
            await db.ScriptEvaluateAsync(GiveBack, arguments);
            return new BuyResult(BuyOutcome.NotEnoughGold);
        }

        return new BuyResult(BuyOutcome.Ok, orderSn, total);
    }

    public async Task<SaleCounters?> CountersAsync(long saleId, CancellationToken cancellationToken)
    {
        if (await database.SaleAsync(saleId, cancellationToken) is not { } sale)
        {
            return null;
        }

        var stock = (int)(long)await redis.GetDatabase().StringGetAsync(StockKey(saleId));
        var (orders, units) = await database.OrderTotalsAsync(saleId, cancellationToken);
        return new SaleCounters(saleId, sale.ProductId, sale.Quota, sale.Quota - stock, stock, orders, units);
    }

    private static RedisKey StockKey(long saleId) => $"bench:seckill:{saleId}:stock";

    private static RedisKey UsersKey(long saleId) => $"bench:seckill:{saleId}:users";
}
