using Orleans.Concurrency;

namespace Orleans.Tests.TestGrains;

[Reentrant]
public sealed class ReentrantCycleGrain : Grain, IReentrantCycleGrain
{
    public async Task<string> Ping(string[] path) =>
        path.Length == 0
            ? GetPrimaryKeyString()
            : GetPrimaryKeyString() + ">" + await GrainFactory.GetGrain<IReentrantCycleGrain>(path[0]).Ping(path[1..]);
}
