using Bench.Alternatives.Store;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Alternatives;

/// <summary>A fact that needs the servers of one bench alternative: PostgreSQL (TEST_POSTGRES) for both, Redis
/// (TEST_REDIS, host:port) too for design b. Skipped, with the reason, when they are not set; .ci/run sets both.</summary>
public sealed class BenchStoreFactAttribute : FactAttribute
{
    public const string RedisVariable = "TEST_REDIS";

    public BenchStoreFactAttribute(StoreKind kind)
    {
        if (PostgresDataAttribute.ConnectionString is null)
        {
            Skip = $"{PostgresDataAttribute.Variable} is not set: no PostgreSQL server for the bench alternatives (.ci/run starts one and sets it).";
        }
        else if (kind == StoreKind.Redis && Redis is null)
        {
            Skip = $"{RedisVariable} is not set: no Redis server for alternative (b) (.ci/run starts one and sets it).";
        }
    }

    public static string? Redis => Environment.GetEnvironmentVariable(RedisVariable) is { Length: > 0 } value ? value : null;
}
