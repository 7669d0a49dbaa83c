namespace Orleans.Bench.Grains;

/// <summary>The memory benchmark's grain: a few fields and one persistent state, like a throttle or a token grain.</summary>
public interface ISmallGrain : IGrainWithIntegerKey
{
    Task<int> Touch();
}
