namespace Orleans.Tests.TestGrains;

/// <summary>Non-reentrant on purpose: <see cref="Track"/> must never see two calls inside at once.</summary>
public sealed class SiloProbeGrain(SiloIdentity silo) : Grain, ISiloProbeGrain
{
    private int _inside;
    private int _maxInside;

    public Task<string> WhereAmI() => Task.FromResult(silo.Endpoint);

    public Task<ProbeReport> Report(IReadOnlyList<string> echo, DateTimeOffset at) =>
        Task.FromResult(new ProbeReport(silo.Endpoint, GetPrimaryKeyString(), echo, at));

    public Task<string> AskOther(string otherKey) => GrainFactory.GetGrain<ISiloProbeGrain>(otherKey).WhereAmI();

    public Task Throw(string kind, string message) => kind switch
    {
        "invalid" => throw new InvalidOperationException(message),
        "argument" => throw new ArgumentException(message),
        "notfound" => throw new KeyNotFoundException(message),
        "inconsistent" => throw new Orleans.Runtime.InconsistentStateException(message),
        _ => throw new ProbeException(message),
    };

    public Task ThrowVia(string otherKey, string kind, string message) =>
        GrainFactory.GetGrain<ISiloProbeGrain>(otherKey).Throw(kind, message);

    public async Task<int> Track(int milliseconds)
    {
        _inside++;
        _maxInside = Math.Max(_maxInside, _inside);
        await Task.Delay(milliseconds);
        _inside--;
        return _maxInside;
    }

    public async Task<long> Sleep(int milliseconds)
    {
        await Task.Delay(milliseconds);
        return milliseconds;
    }
}
