namespace Orleans.Tests.TestGrains;

public interface ISlowGrain : IGrainWithIntegerKey
{
    Task<long> Sleep(int milliseconds);

    ValueTask<long> GetKey();

    ValueTask Nothing();
}
