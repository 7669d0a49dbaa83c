using System.Diagnostics.Metrics;

namespace Orleans.Runtime;

/// <summary>The silo's meter, "Orleans.Silo": activations, calls, call latency and storage batches.</summary>
public sealed class SiloMetrics
{
    public const string MeterName = "Orleans.Silo";

    private readonly UpDownCounter<long> _activations;
    private readonly Counter<long> _calls;
    private readonly Counter<long> _callFailures;
    private readonly Histogram<double> _callDuration;
    private readonly Histogram<int> _storageBatchSize;
    private readonly Histogram<double> _storageBatchDuration;

    public SiloMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _activations = meter.CreateUpDownCounter<long>("orleans.activations", description: "Live grain activations");
        _calls = meter.CreateCounter<long>("orleans.calls", description: "Grain calls completed");
        _callFailures = meter.CreateCounter<long>("orleans.calls.failed", description: "Grain calls that ended in an exception");
        _callDuration = meter.CreateHistogram<double>("orleans.call.duration", unit: "ms", description: "Grain call latency, queueing included");
        _storageBatchSize = meter.CreateHistogram<int>("orleans.storage.batch.size", description: "Writes per storage transaction");
        _storageBatchDuration = meter.CreateHistogram<double>("orleans.storage.batch.duration", unit: "ms", description: "Storage transaction latency");
    }

    public void ActivationCreated() => _activations.Add(1);

    public void ActivationRemoved() => _activations.Add(-1);

    public void CallCompleted(TimeSpan elapsed, bool failed)
    {
        _calls.Add(1);
        if (failed)
        {
            _callFailures.Add(1);
        }

        if (_callDuration.Enabled)
        {
            _callDuration.Record(elapsed.TotalMilliseconds);
        }
    }

    public void RecordStorageBatch(int size, TimeSpan elapsed)
    {
        _storageBatchSize.Record(size);
        _storageBatchDuration.Record(elapsed.TotalMilliseconds);
    }
}
