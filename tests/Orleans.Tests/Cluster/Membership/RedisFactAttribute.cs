namespace Orleans.Tests.Cluster.Membership;

/// <summary>A fact that needs a real Redis server (TEST_REDIS, e.g. "127.0.0.1:6379"). Skipped, with the reason, when
/// it is not set; .ci/run starts a server and sets it.</summary>
public sealed class RedisFactAttribute : FactAttribute
{
    public const string Variable = "TEST_REDIS";

    public RedisFactAttribute()
    {
        if (Configuration is null)
        {
            Skip = $"{Variable} is not set: no Redis server to keep the membership table in (.ci/run starts one and sets it).";
        }
    }

    public static string? Configuration => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
}
