using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tools.LoadTest.Metrics;

/// <summary>Counters of one method (or admin call): latency histogram in microseconds, errors, answers by code+msg.</summary>
public sealed class MethodStats(string name)
{
    private readonly ConcurrentDictionary<AnswerKey, StrongBox<long>> _answers = new();
    private long _errors;

    public string Name { get; } = name;

    public LatencyHistogram Latency { get; } = new();

    public long Requests => Latency.Count;

    public long Errors => Volatile.Read(ref _errors);

    public void Record(CallOutcome outcome, long latencyMicros)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        Latency.Record(latencyMicros);
        if (outcome.IsError)
        {
            Interlocked.Increment(ref _errors);
        }

        var box = _answers.GetOrAdd(new AnswerKey(outcome.CodeLabel, outcome.Message), static _ => new StrongBox<long>());
        Interlocked.Increment(ref box.Value);
    }

    /// <summary>Answers by count, largest first.</summary>
    public IReadOnlyList<KeyValuePair<AnswerKey, long>> Answers() =>
        _answers.Select(a => new KeyValuePair<AnswerKey, long>(a.Key, Volatile.Read(ref a.Value.Value)))
            .OrderByDescending(a => a.Value).ThenBy(a => a.Key.Code, StringComparer.Ordinal).ThenBy(a => a.Key.Message, StringComparer.Ordinal)
            .ToList();
}
