namespace Orleans.Tests.TestGrains;

public interface IReentrantCycleGrain : IGrainWithStringKey
{
    Task<string> Ping(string[] path);
}
