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
        var seen = new ConcurrentDictionary<string, double>();

        // The listener hears every silo in the test process; count only this cluster's meter, or activations that
        // parallel tests' hosts remove on shutdown pull the shared up-down counter below what this test made.
        object? scope = null;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == SiloMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, _, _) =>
        {
            if (ReferenceEquals(i.Meter.Scope, Volatile.Read(ref scope)))
            {
                seen.AddOrUpdate(i.Name, value, (_, sum) => sum + value);
            }
        });
        listener.SetMeasurementEventCallback<double>((i, value, _, _) =>
        {
            if (ReferenceEquals(i.Meter.Scope, Volatile.Read(ref scope)))
            {
                seen.AddOrUpdate(i.Name, 1, (_, count) => count + 1);
            }
        });
        listener.Start();
        await using var cluster = await TestCluster.StartAsync();
        Volatile.Write(ref scope, cluster.Services.GetRequiredService<IMeterFactory>());

        await cluster.GrainFactory.GetGrain<ICounterGrain>("m1").Increment();
        await cluster.GrainFactory.GetGrain<ICounterGrain>("m2").Increment();
        await Assert.ThrowsAsync<InvalidOperationException>(() => cluster.GrainFactory.GetGrain<ICounterGrain>("m2").Fail("x"));

        Assert.True(seen["orleans.activations"] >= 2);
        Assert.True(seen["orleans.calls"] >= 3);
        Assert.True(seen["orleans.calls.failed"] >= 1);
        Assert.True(seen["orleans.call.duration"] >= 3);
    }
}
