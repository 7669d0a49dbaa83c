using System.Diagnostics;
using System.Runtime.ExceptionServices;
using Orleans.Tools.LoadTest.Scenarios;

namespace Orleans.Tools.LoadTest.Running;

/// <summary>Runs a scenario's iterations until the stop signal: closed loop (C workers, each sending its next request
/// when the previous answer came) or open loop (a fixed rate, whatever the answers do). Either way the requests in
/// flight when it stops are awaited, so every answer is counted and every acknowledged order is known.</summary>
public static class LoadDriver
{
    /// <summary>Bound on iterations in flight in the open loop, so a stalled host cannot exhaust memory; sends held
    /// back by it are still measured from their intended time.</summary>
    public const int MaxOutstanding = 10_000;

    public static async Task RunClosedAsync(IScenario scenario, int connections, StopSignal stop)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(stop);
        var workers = Enumerable.Range(0, connections).Select(_ => Task.Run(async () =>
        {
            try
            {
                while (stop.TryStartIteration())
                {
                    await scenario.IterateAsync(0, stop).ConfigureAwait(false);
                }
            }
            catch (Exception)
            {
                stop.Stop("failure"); // the other workers end too; the exception is reported by the caller
                throw;
            }
        }));
        await Task.WhenAll(workers).ConfigureAwait(false);
    }

    public static async Task RunOpenAsync(IScenario scenario, double rate, StopSignal stop)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(stop);
        var pacer = new RatePacer(Stopwatch.GetTimestamp(), rate, Stopwatch.Frequency);
        using var outstanding = new SemaphoreSlim(MaxOutstanding);
        var inFlight = 1; // the dispatcher's own share, given up when it stops sending
        var drained = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ExceptionDispatchInfo? failure = null;

        void Finished()
        {
            if (Interlocked.Decrement(ref inFlight) == 0)
            {
                drained.TrySetResult();
            }
        }

        async Task RunOne(long intended)
        {
            try
            {
                await scenario.IterateAsync(intended, stop).ConfigureAwait(false);
            }
            catch (Exception error)
            {
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(error), null);
                stop.Stop("failure");
            }
            finally
            {
                outstanding.Release();
                Finished();
            }
        }

        long next = 0;
        while (!stop.IsStopped)
        {
            var due = pacer.DueCount(Stopwatch.GetTimestamp());
            while (next < due && stop.TryStartIteration())
            {
                var slot = outstanding.WaitAsync();
                if (!slot.IsCompleted && await Task.WhenAny(slot, stop.Stopped).ConfigureAwait(false) != slot)
                {
                    break;
                }

                Interlocked.Increment(ref inFlight);
                _ = RunOne(pacer.IntendedTicks(next++));
            }

            // Task.Delay has about 1 ms granularity; sends that come due meanwhile go out together, each measured
            // from its own intended time.
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), pacer.IntendedTicks(next));
            await Task.WhenAny(Task.Delay(wait > TimeSpan.FromMilliseconds(1) ? wait : TimeSpan.FromMilliseconds(1)), stop.Stopped).ConfigureAwait(false);
        }

        Finished();
        await drained.Task.ConfigureAwait(false);
        failure?.Throw();
    }
}
