namespace Orleans.Tests.TestGrains;

public sealed class SlowGrain : Grain, ISlowGrain
{
    public async Task<long> Sleep(int milliseconds)
    {
        await Task.Delay(milliseconds);
        return GetPrimaryKeyLong();
    }

    public ValueTask<long> GetKey() => ValueTask.FromResult(GetPrimaryKeyLong());

    public ValueTask Nothing() => ValueTask.CompletedTask;
}
