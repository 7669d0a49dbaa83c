using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>A kind of load: prepared once, then iterated by the closed or open loop.</summary>
public interface IScenario
{
    /// <summary>Whether preparation and checks use the admin API (and so need its password).</summary>
    bool NeedsAdmin { get; }

    SaleInfo? Sale { get; }

    PrepareInfo? Prepared { get; }

    Task PrepareAsync(CancellationToken cancellationToken);

    /// <summary>One iteration (one buy, one browse step, one login round). Records its calls; never throws for an
    /// answer or a network failure. <paramref name="intendedTicks"/> is the open loop's intended send time, 0 in
    /// the closed loop. May stop the run (sold out).</summary>
    Task IterateAsync(long intendedTicks, StopSignal stop);

    /// <summary>Extra words for the progress line (remaining stock), or null.</summary>
    Task<string?> ProgressAsync(CancellationToken cancellationToken);

    /// <summary>The invariant check after the run, or null when the scenario has none.</summary>
    Task<InvariantReport?> CheckAsync(CancellationToken cancellationToken);
}
