using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;
using Orleans.Tests.TestGrains;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Runtime;

public sealed class MetricsTests
{
    [Fact]
    public async Task The_silo_meter_reports_activations_calls_and_call_latency()
    {
        await using var cluster = await TestCluster.StartAsync();

        // Only this silo's instruments: test classes run in parallel, and other silos' activations come and go
        // (their removals would subtract from the activation count) while this test runs.
        var meterFactory = cluster.Services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentDictionary<string, double>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SiloMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meterFactory))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) => seen.AddOrUpdate(i.Name, value, (_, sum) => sum + value));
        listener.SetMeasurementEventCallback<double>((i, value, _, _) => seen.AddOrUpdate(i.Name, 1, (_, count) => count + 1));
        listener.Start();

        await cluster.GrainFactory.GetGrain<ICounterGrain>("m1").Increment();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("m2").Increment();
        await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.GrainFactory.GetGrain<ICounterGrain>("m2").Fail("x"));

        // A call is counted before its caller is answered, so the figures are exact as soon as the awaits return.
        Assert.Equal(2, seen["orleans.activations"]);
        Assert.Equal(3, seen["orleans.calls"]);
        Assert.Equal(1, seen["orleans.calls.failed"]);
        Assert.Equal(3, seen["orleans.call.duration"]);
    }
}
