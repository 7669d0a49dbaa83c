using System.Text.Json;

namespace Bench.SeckillReport;

/// <summary>One load generator run of the comparison, read from its --json report (or skipped, with the reason).</summary>
public sealed record RunResult(string Target, string Phase, int Connections, string? Skipped)
{
    public double Seconds { get; init; }

    /// <summary>seckill.buy answers per second (any answer).</summary>
    public double BuyPerSecond { get; init; }

    /// <summary>Successful seckill.buy answers (orders) per second.</summary>
    public double OrdersPerSecond { get; init; }

    /// <summary>"商品已抢光" answers per second.</summary>
    public double SoldOutPerSecond { get; init; }

    public double P50 { get; init; }

    public double P99 { get; init; }

    public long Errors { get; init; }

    /// <summary>null when the scenario checks nothing (ping).</summary>
    public bool? InvariantsHeld { get; init; }

    public string InvariantDetail { get; init; } = string.Empty;

    public int ExitCode { get; init; }

    public static RunResult Read(string target, string phase, int connections, string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var root = document.RootElement;
        var seconds = root.GetProperty("seconds").GetDouble();
        var buy = root.GetProperty("methods").EnumerateArray().FirstOrDefault(m => m.GetProperty("method").GetString() == "seckill.buy");
        double Count(Func<string, string, bool> match) => buy.ValueKind == JsonValueKind.Object
            ? buy.GetProperty("answers").EnumerateArray().Where(a => match(a.GetProperty("code").GetString() ?? string.Empty, a.GetProperty("msg").GetString() ?? string.Empty)).Sum(a => a.GetProperty("count").GetDouble())
            : 0;
        bool? held = null;
        var detail = string.Empty;
        if (root.TryGetProperty("invariants", out var invariants) && invariants.ValueKind == JsonValueKind.Object)
        {
            held = invariants.GetProperty("passed").GetBoolean();
            var checks = invariants.GetProperty("checks").EnumerateArray().ToList();
            var oversell = checks.FirstOrDefault(c => c.GetProperty("name").GetString() == "no oversell");
            detail = oversell.ValueKind == JsonValueKind.Object ? oversell.GetProperty("detail").GetString() ?? string.Empty : string.Empty;
            var failed = checks.Where(c => !c.GetProperty("passed").GetBoolean()).Select(c => c.GetProperty("name").GetString()).ToList();
            if (failed.Count > 0)
            {
                detail = "FAILED: " + string.Join(", ", failed) + "; " + detail;
            }
        }
        else if (root.TryGetProperty("check_error", out var checkError) && checkError.ValueKind == JsonValueKind.String)
        {
            held = false;
            detail = "check failed: " + checkError.GetString();
        }

        var latency = buy.ValueKind == JsonValueKind.Object ? buy.GetProperty("latency_ms") : default;
        return new RunResult(target, phase, connections, null)
        {
            Seconds = seconds,
            BuyPerSecond = buy.ValueKind == JsonValueKind.Object ? buy.GetProperty("requests").GetDouble() / seconds : 0,
            OrdersPerSecond = Count((code, _) => code == "200") / seconds,
            SoldOutPerSecond = Count((_, msg) => msg == "商品已抢光") / seconds,
            P50 = latency.ValueKind == JsonValueKind.Object ? latency.GetProperty("p50").GetDouble() : 0,
            P99 = latency.ValueKind == JsonValueKind.Object ? latency.GetProperty("p99").GetDouble() : 0,
            Errors = root.GetProperty("errors").GetInt64(),
            InvariantsHeld = held,
            InvariantDetail = detail,
            ExitCode = root.GetProperty("exit_code").GetInt32(),
        };
    }
}
