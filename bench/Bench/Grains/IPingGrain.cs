namespace Orleans.Bench.Grains;

/// <summary>The call benchmark's grain: one cheap method, so the figure is the runtime's cost per call.</summary>
public interface IPingGrain : IGrainWithIntegerKey
{
    Task<int> Ping(int value);
}
