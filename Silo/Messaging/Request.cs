namespace Orleans.Runtime;

/// <summary>A grain call whose caller awaits a <typeparamref name="T"/> (object for calls without a result).</summary>
internal sealed class Request<T>(MethodDispatcher dispatcher, object?[] arguments, Message? parent)
    : Message(parent, dispatcher.IsExclusive, keepsAlive: true), IGrainCall
{
    private readonly TaskCompletionSource<T> _answer = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task<T> Task => _answer.Task;

    public override bool IsAnswered => _answer.Task.IsCompleted;

    public override Task Invoke(ActivationData activation) => dispatcher.Invoker(activation.GrainInstance!, arguments);

    public override void Complete(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            _answer.TrySetResult(dispatcher.HasResult ? ((Task<T>)task).Result : default!);
        }
        else if (task.IsCanceled)
        {
            _answer.TrySetCanceled();
        }
        else
        {
            _answer.TrySetException(task.Exception!.InnerExceptions);
        }
    }

    public override void Fail(Exception exception) => _answer.TrySetException(exception);

    public MethodDispatcher Dispatcher => dispatcher;

    public Message? Caller => Parent;

    public object?[] Arguments => arguments;

    public void Resolve(object? result) => _answer.TrySetResult(dispatcher.HasResult ? (T)result! : default!);

    public override string Describe() => dispatcher.Name;
}
