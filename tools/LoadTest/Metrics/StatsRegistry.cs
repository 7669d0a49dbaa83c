using System.Collections.Concurrent;

namespace Orleans.Tools.LoadTest.Metrics;

/// <summary>Stats per method for one phase (preparation or load), created on first use.</summary>
public sealed class StatsRegistry
{
    private readonly ConcurrentDictionary<string, MethodStats> _methods = new(StringComparer.Ordinal);

    public MethodStats For(string method) => _methods.GetOrAdd(method, static name => new MethodStats(name));

    public long TotalRequests => _methods.Values.Sum(m => m.Requests);

    public long TotalErrors => _methods.Values.Sum(m => m.Errors);

    /// <summary>Methods by request count, largest first.</summary>
    public IReadOnlyList<MethodStats> Methods() =>
        _methods.Values.OrderByDescending(m => m.Requests).ThenBy(m => m.Name, StringComparer.Ordinal).ToList();
}
