using System.Reflection;

namespace Orleans.Runtime;

/// <summary>A <see cref="MethodDispatcher"/> for a method whose caller awaits a <typeparamref name="T"/>.</summary>
internal sealed class MethodDispatcher<T>(GrainClassInfo grainClass, MethodInfo method, bool hasResult, bool returnsValueTask)
    : MethodDispatcher(grainClass, method, hasResult)
{
    public override Type ResultType => typeof(T);

    public override object Send(GrainReferenceProxy reference, object?[] arguments)
    {
        var request = new Request<T>(this, arguments, SynchronizationContext.Current as Message);
        reference.Deliver(request);
        return (HasResult, returnsValueTask) switch
        {
            (true, true) => new ValueTask<T>(request.Task),
            (false, true) => new ValueTask(request.Task),
            _ => request.Task,
        };
    }

    public override Task<object?> SendFromRemote(Catalog catalog, GrainId grainId, object?[] arguments, IReadOnlyList<long> chain)
    {
        var request = new Request<T>(this, arguments, parent: null) { IsRemote = true, RemoteChain = chain };
        catalog.Dispatch(grainId, GrainClass, request);
        return Box(request.Task);
    }

    private static async Task<object?> Box(Task<T> task) => await task;
}
