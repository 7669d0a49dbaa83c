namespace Orleans.Runtime;

/// <summary>A grain call could not be completed because the silo owning the grain could not be reached, refused it
/// more often than the retry limit allows, or went away after the call was sent. In the last case the call may have
/// run: callers that must not repeat an effect retry with the same request token (application-level idempotency).</summary>
public sealed class SiloUnavailableException : Exception
{
    public SiloUnavailableException() : this("The silo owning the grain is unavailable.") { }

    public SiloUnavailableException(string message) : base(message) { }

    public SiloUnavailableException(string message, Exception inner) : base(message, inner) { }
}
