namespace Orleans.Runtime;

/// <summary>A state write carried a stale ETag: someone else wrote first. The activation that sees it is deactivated,
/// so its next call reloads the current state.</summary>
public sealed class InconsistentStateException : Exception
{
    public InconsistentStateException() : this("The stored state has changed since it was read.") { }

    public InconsistentStateException(string message) : base(message) { }

    public InconsistentStateException(string message, Exception inner) : base(message, inner) { }

    public InconsistentStateException(string message, string? storedEtag, string? currentEtag)
        : base($"{message} Stored ETag: {storedEtag ?? "none"}; ETag of the write: {currentEtag ?? "none"}.")
    {
        StoredEtag = storedEtag;
        CurrentEtag = currentEtag;
    }

    public string? StoredEtag { get; }

    public string? CurrentEtag { get; }
}
