using System.Diagnostics;
using System.Globalization;
using Orleans.Tools.LoadTest.Scenarios;

namespace Orleans.Tools.LoadTest.Running;

/// <summary>One progress line a second while the load runs: elapsed time, requests/s of the last second, totals,
/// errors and the scenario's own words (remaining stock). On a terminal the line is rewritten in place.</summary>
public static class ProgressPrinter
{
    public static async Task RunAsync(RunContext context, IScenario scenario, StopSignal stop)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(stop);
        var started = Stopwatch.GetTimestamp();
        var lastTicks = started;
        long lastRequests = 0;
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        while (await Task.WhenAny(timer.WaitForNextTickAsync().AsTask(), stop.Stopped) != stop.Stopped)
        {
            var now = Stopwatch.GetTimestamp();
            var requests = context.LoadStats.TotalRequests;
            var seconds = Stopwatch.GetElapsedTime(lastTicks, now).TotalSeconds;
            var perSecond = seconds > 0 ? (requests - lastRequests) / seconds : 0;
            lastTicks = now;
            lastRequests = requests;
            using var budget = new CancellationTokenSource(TimeSpan.FromMilliseconds(800));
            var extra = await scenario.ProgressAsync(budget.Token);
            var line = string.Create(
                CultureInfo.InvariantCulture,
                $"[{Stopwatch.GetElapsedTime(started, now).TotalSeconds,5:0}s] {perSecond,10:N0} req/s  {requests,12:N0} requests  {context.LoadStats.TotalErrors:N0} errors{(extra is null ? string.Empty : "  " + extra)}");
            if (context.LiveConsole)
            {
                lock (context.Output)
                {
                    context.Output.Write("\r\u001b[K" + line);
                }
            }
            else
            {
                context.Line(line);
            }
        }

        if (context.LiveConsole)
        {
            context.Line(string.Empty);
        }
    }
}
