namespace Orleans.Runtime;

/// <summary>A grain on another silo threw an exception whose type this process does not rebuild (only well-known
/// runtime and framework types are rebuilt as themselves). Carries the original type's name and message.</summary>
public sealed class RemoteGrainException : Exception
{
    public RemoteGrainException() : this("A remote grain call failed.") { }

    public RemoteGrainException(string message) : this(typeof(Exception).FullName!, message) { }

    public RemoteGrainException(string message, Exception inner) : base(message, inner)
    {
        RemoteType = typeof(Exception).FullName!;
        RemoteMessage = message;
    }

    public RemoteGrainException(string remoteType, string remoteMessage) : base($"{remoteType}: {remoteMessage}")
    {
        RemoteType = remoteType;
        RemoteMessage = remoteMessage;
    }

    /// <summary>Full name of the exception type thrown on the remote silo.</summary>
    public string RemoteType { get; }

    /// <summary>The remote exception's message.</summary>
    public string RemoteMessage { get; }
}
