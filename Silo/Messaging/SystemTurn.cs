namespace Orleans.Runtime;

/// <summary>Runtime code that runs as a turn of an activation: activation, deactivation, timer ticks.</summary>
internal sealed class SystemTurn(string name, Func<ActivationData, Task> body, Action<Task>? completed, bool isExclusive)
    : Message(parent: null, isExclusive, keepsAlive: false)
{
    private readonly TaskCompletionSource _done = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Done => _done.Task;

    public override bool IsAnswered => _done.Task.IsCompleted;

    public override Task Invoke(ActivationData activation) => body(activation);

    public override void Complete(Task task)
    {
        completed?.Invoke(task);
        _done.TrySetResult();
    }

    public override void Fail(Exception exception) => _done.TrySetException(exception);

    public override string Describe() => name;
}
