using System.Globalization;
using System.Net;
using System.Text;

namespace Bench.SeckillReport;

/// <summary>A horizontal bar chart of answers per second, one block per connection count. A log scale, because the
/// ceiling and the slowest alternative are orders of magnitude apart; each bar carries its number.</summary>
public static class Chart
{
    private const int Left = 330;
    private const int Width = 420;
    private const int Bar = 16;
    private const int Gap = 6;

    public static string Svg(IReadOnlyList<RunResult> runs)
    {
        var measured = runs.Where(r => r.Skipped is null).ToList();
        var max = Math.Max(10, measured.Select(Value).DefaultIfEmpty(10).Max());
        var decades = Math.Ceiling(Math.Log10(max));
        var body = new StringBuilder();
        var y = 30;
        foreach (var group in runs.GroupBy(r => r.Connections).OrderBy(g => g.Key))
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"10\" y=\"{y + 12}\" font-weight=\"bold\">{group.Key:N0} connections (answers/s, log scale)</text>");
            y += 22;
            foreach (var run in group)
            {
                var label = WebUtility.HtmlEncode($"{Labels.Target(run.Target)}: {Labels.Phase(run.Target, run.Phase)}");
                body.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{y + 12}\" text-anchor=\"end\">{label}</text>");
                if (run.Skipped is not null)
                {
                    body.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{Left + 4}\" y=\"{y + 12}\" fill=\"#888\">skipped</text>");
                }
                else
                {
                    var value = Value(run);
                    var length = value <= 1 ? 1 : Math.Max(1, Width * Math.Log10(value) / decades);
                    body.AppendLine(CultureInfo.InvariantCulture, $"<rect x=\"{Left}\" y=\"{y}\" width=\"{length:0.#}\" height=\"{Bar}\" fill=\"{Color(run)}\"/>");
                    body.AppendLine(CultureInfo.InvariantCulture, $"<text x=\"{Left + length + 4:0.#}\" y=\"{y + 12}\">{value:N0}{(run.InvariantsHeld == false ? " (invariant FAILED)" : string.Empty)}</text>");
                }

                y += Bar + Gap;
            }

            y += 14;
        }

        return $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{Left + Width + 140}" height="{y + 10}" font-family="sans-serif" font-size="12">
            <rect width="100%" height="100%" fill="white"/>
            <text x="10" y="16" font-size="14" font-weight="bold">Flash sale, side by side: seckill.buy answers per second</text>
            {body}</svg>
            """;
    }

    /// <summary>Buying runs are drawn by orders/s, sell-out runs by rejections/s, ping runs by answers/s.</summary>
    private static double Value(RunResult run) => run.Phase switch
    {
        "buy" => run.OrdersPerSecond,
        "soldout" => run.SoldOutPerSecond,
        _ => run.BuyPerSecond,
    };

    private static string Color(RunResult run) => run.Target switch
    {
        "ceiling" => "#9e9e9e",
        "product" => run.Phase == "buy" ? "#1e88e5" : "#90caf9",
        "pg" => run.Phase == "buy" ? "#e53935" : "#ef9a9a",
        _ => run.Phase == "buy" ? "#43a047" : "#a5d6a7",
    };
}
