using System.Globalization;
using System.Text;

namespace Bench.SeckillReport;

/// <summary>The markdown of one comparison: a table per connection count, then the ratios against the goals.</summary>
public static class Summary
{
    public static string Write(IReadOnlyList<RunResult> runs)
    {
        var text = new StringBuilder();
        foreach (var group in runs.GroupBy(r => r.Connections).OrderBy(g => g.Key))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"**{group.Key:N0} connections**");
            text.AppendLine();
            text.AppendLine("| target | phase | seckill.buy answers/s | orders/s | sold-out answers/s | p50 ms | p99 ms | errors | invariants |");
            text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---|");
            foreach (var run in group)
            {
                if (run.Skipped is { } reason)
                {
                    text.AppendLine(CultureInfo.InvariantCulture, $"| {Labels.Target(run.Target)} | {Labels.Phase(run.Target, run.Phase)} | skipped: {reason} | | | | | | |");
                    continue;
                }

                var orders = run.Phase == "ping" ? "-" : N(run.OrdersPerSecond);
                var soldOut = run.Phase == "ping" ? "-" : N(run.SoldOutPerSecond);
                var invariants = run.InvariantsHeld switch
                {
                    null => "-",
                    true => "hold (" + run.InvariantDetail + ")",
                    false => run.InvariantDetail,
                };
                text.AppendLine(CultureInfo.InvariantCulture,
                    $"| {Labels.Target(run.Target)} | {Labels.Phase(run.Target, run.Phase)} | {N(run.BuyPerSecond)} | {orders} | {soldOut} | {run.P50:0.0} | {run.P99:0.0} | {run.Errors:N0} | {invariants} |");
            }

            text.AppendLine();
            text.AppendLine("| goal | measured | met |");
            text.AppendLine("|---|---:|---|");
            var c = group.Key;
            Ratio(text, "product buying >= 50% of the ceiling's requests/s", Find(runs, "product", "buy", c)?.BuyPerSecond, Find(runs, "ceiling", "ping", c)?.BuyPerSecond, 0.5);
            Ratio(text, "product orders/s >= 5x alternative (a)", Find(runs, "product", "buy", c)?.OrdersPerSecond, Find(runs, "pg", "buy", c)?.OrdersPerSecond, 5);
            Ratio(text, "product orders/s >= 1x alternative (b)", Find(runs, "product", "buy", c)?.OrdersPerSecond, Find(runs, "redis", "buy", c)?.OrdersPerSecond, 1);
            Ratio(text, "product rejections after sell-out at the gateway's speed (>= 0.8x)", Find(runs, "product", "soldout", c)?.SoldOutPerSecond, Find(runs, "product", "ping", c)?.BuyPerSecond, 0.8);
            if (Find(runs, "product", "buy", c) is { } product)
            {
                Goal(text, "product >= 5,000 durable orders/s (issue 5)", N(product.OrdersPerSecond), product.OrdersPerSecond >= 5000);
                if (c >= 1000)
                {
                    Goal(text, "product p99 <= 50 ms at 1,000 connections", $"{product.P99:0.0} ms", product.P99 <= 50);
                }
            }

            var checkedRuns = group.Where(r => r.InvariantsHeld is not null).ToList();
            Goal(text, "zero oversell, books balance (every seckill run)", $"{checkedRuns.Count(r => r.InvariantsHeld == true)} of {checkedRuns.Count} runs", checkedRuns.All(r => r.InvariantsHeld == true));
            text.AppendLine();
        }

        return text.ToString();
    }

    private static RunResult? Find(IEnumerable<RunResult> runs, string target, string phase, int connections) =>
        runs.FirstOrDefault(r => r.Target == target && r.Phase == phase && r.Connections == connections && r.Skipped is null);

    private static void Ratio(StringBuilder text, string goal, double? product, double? other, double wanted)
    {
        if (product is not { } p || other is not { } o || o <= 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {goal} | not measured | - |");
            return;
        }

        Goal(text, goal, $"{p / o:0.00}x ({N(p)} / {N(o)})", p / o >= wanted);
    }

    private static void Goal(StringBuilder text, string goal, string measured, bool met) =>
        text.AppendLine(CultureInfo.InvariantCulture, $"| {goal} | {measured} | {(met ? "yes" : "**no**")} |");

    private static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
