using System.Linq.Expressions;
using System.Reflection;
using Orleans.Concurrency;

namespace Orleans.Runtime;

/// <summary>Everything the runtime needs to send and run one grain interface method: a compiled invoker (no
/// reflection per call) and how the caller's awaitable is shaped.</summary>
internal abstract class MethodDispatcher
{
    protected MethodDispatcher(GrainClassInfo grainClass, MethodInfo method, bool hasResult)
    {
        GrainClass = grainClass;
        Method = method;
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
        HasResult = hasResult;
        ParameterTypes = method.GetParameters().Select(p => p.ParameterType).ToArray();
        InterfaceName = method.DeclaringType!.FullName ?? method.DeclaringType.Name;
        MethodKey = $"{method.Name}({string.Join(",", ParameterTypes.Select(t => t.FullName ?? t.Name))})";
        IsExclusive = !(grainClass.IsReentrant || method.IsDefined(typeof(AlwaysInterleaveAttribute)));
        Invoker = CompileInvoker(method);
    }

    public GrainClassInfo GrainClass { get; }

    public MethodInfo Method { get; }

    public IReadOnlyList<Type> ParameterTypes { get; }

    /// <summary>The declaring interface's full name: with <see cref="MethodKey"/>, how a call names its method to
    /// another process (both run the same build, so names and signatures agree).</summary>
    public string InterfaceName { get; }

    /// <summary>"Name(ParameterType,...)": overloads stay apart.</summary>
    public string MethodKey { get; }

    /// <summary>What the caller awaits (<see cref="object"/> for calls without a result).</summary>
    public abstract Type ResultType { get; }

    public string Name { get; }

    public bool HasResult { get; }

    public bool IsExclusive { get; }

    public Func<object, object?[], Task> Invoker { get; }

    /// <summary>Queues the call and returns what the interface method returns (a Task or ValueTask).</summary>
    public abstract object Send(GrainReferenceProxy reference, object?[] arguments);

    /// <summary>Runs a call that came from another process on the local activation, through the same queue as a
    /// local call (turns, reentrancy and timeouts apply). Its request is marked remote: if it has to move because
    /// this silo no longer owns the grain, it is refused instead of forwarded, so the caller retries.</summary>
    public abstract Task<object?> SendFromRemote(Catalog catalog, GrainId grainId, object?[] arguments, IReadOnlyList<long> chain);

    public static MethodDispatcher Create(GrainClassInfo grainClass, MethodInfo method)
    {
        var returnType = method.ReturnType;
        if (method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw new InvalidOperationException($"Grain method {method.DeclaringType!.Name}.{method.Name} has a ref or out parameter.");
        }

        if (returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return new MethodDispatcher<object?>(grainClass, method, hasResult: false, returnType == typeof(ValueTask));
        }

        if (returnType.IsGenericType &&
            (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            var resultType = returnType.GetGenericArguments()[0];
            var dispatcherType = typeof(MethodDispatcher<>).MakeGenericType(resultType);
            var isValueTask = returnType.GetGenericTypeDefinition() == typeof(ValueTask<>);
            return (MethodDispatcher)Activator.CreateInstance(dispatcherType, grainClass, method, true, isValueTask)!;
        }

        throw new InvalidOperationException(
            $"Grain method {method.DeclaringType!.Name}.{method.Name} must return Task, Task<T>, ValueTask or ValueTask<T>.");
    }

    private static Func<object, object?[], Task> CompileInvoker(MethodInfo method)
    {
        var grain = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters()
            .Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        Expression call = Expression.Call(Expression.Convert(grain, method.DeclaringType!), method, parameters);
        if (call.Type == typeof(ValueTask) || (call.Type.IsGenericType && call.Type.GetGenericTypeDefinition() == typeof(ValueTask<>)))
        {
            call = Expression.Call(call, call.Type.GetMethod(nameof(ValueTask.AsTask))!);
        }

        return Expression.Lambda<Func<object, object?[], Task>>(Expression.Convert(call, typeof(Task)), grain, arguments).Compile();
    }
}
