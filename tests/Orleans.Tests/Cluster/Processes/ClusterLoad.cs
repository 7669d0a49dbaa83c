using System.Globalization;
using System.Text.Json;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tests.Cluster.Processes;

/// <summary>Runs the project's load generator (seckill scenario) against a cluster's load balancer, as a load
/// tester would, and hands back its exit code, its printed report and the JSON report.</summary>
public static class ClusterLoad
{
    public sealed record Result(int ExitCode, string Output, JsonElement Report)
    {
        public long SeckillId => Report.GetProperty("sale").GetProperty("seckill_id").GetInt64();

        public long Requests => Report.GetProperty("requests").GetInt64();

        public long Errors => Report.GetProperty("errors").GetInt64();

        /// <summary>seckill.buy answers with code 200: orders acknowledged to buyers.</summary>
        public long Orders => Report.GetProperty("methods").EnumerateArray()
            .Where(m => m.GetProperty("method").GetString() == "seckill.buy")
            .SelectMany(m => m.GetProperty("answers").EnumerateArray())
            .Where(a => a.GetProperty("code").GetString() == "200")
            .Sum(a => a.GetProperty("count").GetInt64());
    }

    /// <summary>Creates a sale (or reuses <paramref name="seckillId"/>) and fires seckill.buy at it for
    /// <paramref name="duration"/> through <paramref name="url"/>; the run ends with the generator's invariant check.</summary>
    public static async Task<Result> RunAsync(Uri url, string adminPassword, TimeSpan duration, int quota, string mobilePrefix,
        long? seckillId = null, int users = 60, int connections = 24, int limitPerUser = 0, TaskCompletionSource? firing = null)
    {
        var json = Path.Combine(Path.GetTempPath(), $"cluster-load-{Guid.NewGuid():N}.json");
        List<string> arguments =
        [
            "--url", url.ToString(), "--admin-password", adminPassword, "--users", users.ToString(CultureInfo.InvariantCulture),
            "--connections", connections.ToString(CultureInfo.InvariantCulture), "--duration", $"{(int)duration.TotalMilliseconds}ms",
            "--limit-per-user", limitPerUser.ToString(CultureInfo.InvariantCulture), "--mobile-prefix", mobilePrefix,
            "--timeout", "20s", "--json", json,
        ];
        arguments.AddRange(seckillId is { } id ? ["--seckill-id", id.ToString(CultureInfo.InvariantCulture)] : ["--quota", quota.ToString(CultureInfo.InvariantCulture)]);
        var options = OptionsParser.Parse([.. arguments], _ => null);
        using var output = new FiringWatcher(firing);
        var exitCode = await LoadTestRunner.RunAsync(options, null, output, CancellationToken.None);
        var report = File.Exists(json) ? JsonDocument.Parse(await File.ReadAllTextAsync(json)).RootElement.Clone() : default;
        File.Delete(json);
        return new Result(exitCode, output.ToString(), report);
    }

    /// <summary>The generator's output, which also tells a waiting test when the users are ready and buying began
    /// (the generator prints "load: ..." then), so that a process is killed mid-sale, not mid-preparation.</summary>
    private sealed class FiringWatcher(TaskCompletionSource? firing) : StringWriter(CultureInfo.InvariantCulture)
    {
        public override void WriteLine(string? value)
        {
            base.WriteLine(value);
            if (value is not null && value.StartsWith("load: ", StringComparison.Ordinal))
            {
                firing?.TrySetResult();
            }
        }
    }
}
