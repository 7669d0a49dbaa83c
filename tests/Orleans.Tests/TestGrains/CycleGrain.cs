namespace Orleans.Tests.TestGrains;

public sealed class CycleGrain : Grain, ICycleGrain
{
    public async Task<string> Ping(string[] path) =>
        path.Length == 0
            ? GetPrimaryKeyString()
            : GetPrimaryKeyString() + ">" + await GrainFactory.GetGrain<ICycleGrain>(path[0]).Ping(path[1..]);
}
