using System.Diagnostics.Metrics;
using Orleans.Runtime;

namespace Orleans.Bench;

/// <summary>Listens to the silo's storage batch instruments, to show how large group-commit batches were and how
/// long each transaction took; that explains a writes/s figure better than the figure alone.</summary>
internal sealed class BatchMeter : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _batches;
    private long _writes;
    private double _milliseconds;

    public BatchMeter()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == SiloMetrics.MeterName && instrument.Name.StartsWith("orleans.storage.batch.", StringComparison.Ordinal))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<int>((_, size, _, _) =>
        {
            Interlocked.Increment(ref _batches);
            Interlocked.Add(ref _writes, size);
        });
        _listener.SetMeasurementEventCallback<double>((_, milliseconds, _, _) =>
        {
            lock (_listener)
            {
                _milliseconds += milliseconds;
            }
        });
        _listener.Start();
    }

    public string Describe()
    {
        lock (_listener)
        {
            var batches = Math.Max(1, Interlocked.Read(ref _batches));
            return $"{Interlocked.Read(ref _batches)} transactions, {Interlocked.Read(ref _writes) / (double)batches:F1} writes each, {_milliseconds / batches:F2} ms each";
        }
    }

    public void Dispose() => _listener.Dispose();
}
