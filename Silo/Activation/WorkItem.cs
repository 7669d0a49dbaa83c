namespace Orleans.Runtime;

/// <summary>A piece of grain code ready to run: a callback and the message it belongs to.</summary>
internal readonly record struct WorkItem(Message Context, SendOrPostCallback Callback, object? State);
