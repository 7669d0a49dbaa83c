namespace Orleans.Runtime.Transport;

/// <summary>A call that arrived from another process had to move (this silo stopped owning the grain while the call
/// waited). It never ran; the transport turns this into a refusal so the caller retries on the new owner.</summary>
internal sealed class NotOwnerException : Exception
{
    public NotOwnerException() : this("This silo does not own the grain.") { }

    public NotOwnerException(string message) : base(message) { }

    public NotOwnerException(string message, Exception inner) : base(message, inner) { }
}
