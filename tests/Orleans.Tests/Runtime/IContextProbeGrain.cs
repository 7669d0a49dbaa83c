namespace Orleans.Tests.Runtime;

public interface IContextProbeGrain : IGrainWithStringKey
{
    /// <summary>The ambient value grain code sees, then sets its own.</summary>
    Task<string?> ReadAndSetAmbient(string value);
}
