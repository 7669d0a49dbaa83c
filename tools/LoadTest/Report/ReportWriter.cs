using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orleans.Tools.LoadTest.Report;

/// <summary>Writes the final report as a text table and as JSON (snake_case, msg text as is).</summary>
public static class ReportWriter
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string ToJson(RunReport report) => JsonSerializer.Serialize(report, JsonOptions);

    public static string ToTable(RunReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        var mode = report.Rate is { } rate ? $"open loop at {N(rate, 1)}/s" : "closed loop";
        text.AppendLine(CultureInfo.InvariantCulture, $"{report.Scenario} against {report.Url}: {mode}, {report.Connections:N0} connections, {report.Seconds:0.00} s (stopped by {report.StoppedBy})");
        if (report.Sale is { } sale)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"flash sale {sale.SeckillId}{(sale.Created ? " (created)" : " (reused)")}: product {sale.ProductId}, quota {sale.Quota:N0}, price {sale.Price:N0}, limit {sale.LimitPerUser:N0} per user{(sale.Shards is { } k ? $", {k} stock shard{(k == 1 ? "" : "s")}" : "")}");
        }

        if (report.Prepare is { } prepare)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"users: {prepare.UsersReady:N0} ready, {prepare.UsersFailed:N0} failed, prepared in {prepare.Seconds:0.0} s with {prepare.Calls:N0} calls ({prepare.Errors:N0} errors)");
        }

        text.AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"throughput: {N(report.Throughput, 1)} requests/s ({report.Requests:N0} requests, {report.Errors:N0} errors)");
        text.AppendLine();
        var nameWidth = Math.Max(6, report.Methods.Select(m => m.Method.Length).DefaultIfEmpty(0).Max());
        text.AppendLine(CultureInfo.InvariantCulture, $"{"method".PadRight(nameWidth)} {"requests",10} {"errors",8} {"req/s",10} {"p50 ms",9} {"p90 ms",9} {"p99 ms",9} {"p99.9 ms",9} {"max ms",9}");
        foreach (var m in report.Methods)
        {
            var l = m.LatencyMs;
            text.AppendLine(CultureInfo.InvariantCulture, $"{m.Method.PadRight(nameWidth)} {m.Requests,10:N0} {m.Errors,8:N0} {N(m.Throughput, 1),10} {N(l.P50, 2),9} {N(l.P90, 2),9} {N(l.P99, 2),9} {N(l.P999, 2),9} {N(l.Max, 2),9}");
        }

        text.AppendLine();
        text.AppendLine("answers");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"method".PadRight(nameWidth)} {"count",10} {"code",-8} msg");
        foreach (var m in report.Methods)
        {
            foreach (var a in m.Answers)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{m.Method.PadRight(nameWidth)} {a.Count,10:N0} {a.Code,-8} {a.Msg}");
            }
        }

        if (report.Invariants is { } invariants)
        {
            text.AppendLine();
            text.AppendLine(invariants.Passed ? "invariants: all hold" : "invariants: VIOLATED");
            foreach (var check in invariants.Checks)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"  {(check.Passed ? "ok  " : "FAIL")} {check.Name}: {check.Detail}");
            }
        }

        if (report.CheckError is { } error)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"invariants: not checked: {error}");
        }

        return text.ToString();
    }

    private static string N(double value, int decimals) => value.ToString("N" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
