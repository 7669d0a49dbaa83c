namespace Bench.Alternatives.Store;

/// <summary>Which classic design serves seckill.buy (issue 6, alternatives a and b).</summary>
public enum StoreKind
{
    /// <summary>(a) One PostgreSQL transaction per purchase: conditional stock update, per-user count, gold debit, order insert.</summary>
    Postgres,

    /// <summary>(b) Stock and per-user counts pre-deducted by a Redis Lua script; gold debit and order in one PostgreSQL statement.</summary>
    Redis,
}
