namespace Orleans.Tests.Runtime;

public sealed class ContextProbeGrain : Grain, IContextProbeGrain
{
    public static readonly AsyncLocal<string?> Ambient = new();

    public Task<string?> ReadAndSetAmbient(string value)
    {
        var seen = Ambient.Value;
        Ambient.Value = value;
        return Task.FromResult(seen);
    }
}
