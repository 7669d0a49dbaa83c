namespace Orleans.Tests.TestGrains;

public interface ICounterGrain : IGrainWithStringKey
{
    Task<int> Increment();

    Task<int> Get();

    Task<string?> GetEtag();

    Task<Guid> GetActivationId();

    Task Fail(string message);

    Task Deactivate();
}
