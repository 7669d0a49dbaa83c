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
        Name = $"{method.DeclaringType!.Name}.{method.Name}";
        HasResult = hasResult;
        IsExclusive = !(grainClass.IsReentrant || method.IsDefined(typeof(AlwaysInterleaveAttribute)));
        Invoker = CompileInvoker(method);
    }

    public GrainClassInfo GrainClass { get; }

    public string Name { get; }

    public bool HasResult { get; }

    public bool IsExclusive { get; }

    public Func<object, object?[], Task> Invoker { get; }

    /// <summary>Queues the call and returns what the interface method returns (a Task or ValueTask).</summary>
    public abstract object Send(GrainReferenceProxy reference, object?[] arguments);

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
