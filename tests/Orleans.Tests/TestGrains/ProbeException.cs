namespace Orleans.Tests.TestGrains;

/// <summary>An exception type only the tests know: across silos it arrives as a RemoteGrainException naming it.</summary>
public sealed class ProbeException : Exception
{
    public ProbeException() : this("probe failure") { }

    public ProbeException(string message) : base(message) { }

    public ProbeException(string message, Exception inner) : base(message, inner) { }
}
