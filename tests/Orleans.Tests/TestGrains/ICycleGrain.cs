namespace Orleans.Tests.TestGrains;

public interface ICycleGrain : IGrainWithStringKey
{
    /// <summary>Calls <paramref name="next"/>'s Ping with the rest of the path; answers the keys visited.</summary>
    Task<string> Ping(string[] path);
}
