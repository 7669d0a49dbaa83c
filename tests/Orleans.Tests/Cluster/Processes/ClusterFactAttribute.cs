using Orleans.Tests.TestKit;

namespace Orleans.Tests.Cluster.Processes;

/// <summary>A fact that starts a whole local cluster with cluster/up.sh: it needs PostgreSQL (TEST_POSTGRES), Redis
/// (redis-server on PATH) and nginx. Skipped, with the reason, when one is missing; .ci/run installs all three.</summary>
public sealed class ClusterFactAttribute : FactAttribute
{
    public ClusterFactAttribute()
    {
        if (PostgresDataAttribute.ConnectionString is null)
        {
            Skip = $"{PostgresDataAttribute.Variable} is not set: no PostgreSQL for the cluster's grain state (.ci/run starts one).";
        }
        else if (!OnPath("redis-server"))
        {
            Skip = "redis-server is not installed: no membership store for the cluster (.ci/run installs it).";
        }
        else if (!OnPath("nginx") && !File.Exists("/usr/sbin/nginx"))
        {
            Skip = "nginx is not installed: no load balancer for the cluster (.ci/run installs it).";
        }
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
