namespace Orleans.Runtime;

/// <summary>A call would wait on a request that is itself waiting on this call (A -> B -> A on non-reentrant grains).</summary>
public sealed class DeadlockException : Exception
{
    public DeadlockException() : this("Deadlock between grain calls.") { }

    public DeadlockException(string message) : base(message) { }

    public DeadlockException(string message, Exception inner) : base(message, inner) { }
}
