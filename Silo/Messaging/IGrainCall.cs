namespace Orleans.Runtime;

/// <summary>A grain call seen by the cluster transport: what to send (method and arguments) and how to answer the
/// caller with what came back.</summary>
internal interface IGrainCall
{
    MethodDispatcher Dispatcher { get; }

    object?[] Arguments { get; }

    /// <summary>Time the call was made (Stopwatch timestamp); the response timeout counts from here.</summary>
    long SentAt { get; }

    bool IsAnswered { get; }

    /// <summary>The request whose code made this call, if grain code made it.</summary>
    Message? Caller { get; }

    void Resolve(object? result);

    void Fail(Exception exception);
}
