namespace Orleans.Tests.TestGrains;

/// <summary>A grain for the cluster transport tests: reports its silo, calls other grains, throws on demand and
/// records how many of its calls ever ran at once.</summary>
public interface ISiloProbeGrain : IGrainWithStringKey
{
    Task<string> WhereAmI();

    Task<ProbeReport> Report(IReadOnlyList<string> echo, DateTimeOffset at);

    /// <summary>Asks the probe <paramref name="otherKey"/> where it runs (a grain-to-grain call).</summary>
    Task<string> AskOther(string otherKey);

    Task Throw(string kind, string message);

    /// <summary>Has the probe <paramref name="otherKey"/> throw (an exception two hops from the caller).</summary>
    Task ThrowVia(string otherKey, string kind, string message);

    /// <summary>Holds a turn for <paramref name="milliseconds"/>; answers the most calls ever inside at once.</summary>
    Task<int> Track(int milliseconds);

    Task<long> Sleep(int milliseconds);
}
