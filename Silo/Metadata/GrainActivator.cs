using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace Orleans.Runtime;

/// <summary>Constructs grain instances. Constructor parameters are filled from the activation: IPersistentState
/// marked [PersistentState], IGrainContext and IGrainFactory; anything else comes from the service provider.</summary>
internal sealed class GrainActivator
{
    private static readonly MethodInfo CreateStateMethod =
        typeof(ActivationData).GetMethod(nameof(ActivationData.CreateState), BindingFlags.Instance | BindingFlags.Public)!;

    private readonly ConstructorInfo _constructor;
    private readonly Func<ActivationData, object?>[] _arguments;

    public GrainActivator(Type classType)
    {
        _constructor = classType.GetConstructors()
            .OrderByDescending(c => c.GetParameters().Length)
            .FirstOrDefault() ?? throw new InvalidOperationException($"Grain class {classType.Name} has no public constructor.");
        _arguments = _constructor.GetParameters().Select(ArgumentSource).ToArray();
    }

    public object Create(ActivationData activation)
    {
        var arguments = new object?[_arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = _arguments[i](activation);
        }

        return _constructor.Invoke(arguments);
    }

    private static Func<ActivationData, object?> ArgumentSource(ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new InvalidOperationException($"[PersistentState] parameter {parameter.Name} must be an IPersistentState<T>.");
            }

            var create = CreateStateMethod.MakeGenericMethod(type.GetGenericArguments()[0]);
            var stateName = state.StateName;
            return activation => create.Invoke(activation, [stateName]);
        }

        if (type == typeof(IGrainContext))
        {
            return activation => activation;
        }

        if (type == typeof(IGrainFactory))
        {
            return activation => activation.GrainFactory;
        }

        return activation => activation.ActivationServices.GetRequiredService(type);
    }
}
