using System.Collections.Frozen;

namespace Orleans.Runtime.Transport;

/// <summary>Finds the dispatcher a remote call names by (grain type, declaring interface, method signature). Built
/// once from the grain classes the silo hosts.</summary>
internal sealed class GrainMethodRegistry
{
    private readonly FrozenDictionary<(string Type, string Interface, string Method), MethodDispatcher> _methods;

    public GrainMethodRegistry(GrainTypeManager types)
    {
        var methods = new Dictionary<(string, string, string), MethodDispatcher>();
        foreach (var grainClass in types.Classes)
        {
            foreach (var grainInterface in grainClass.ClassType.GetInterfaces().Where(IsGrainInterface))
            {
                foreach (var dispatcher in types.GetInterface(grainInterface).Methods.Values)
                {
                    // A base interface shared by two grain interfaces of one class yields the same method twice.
                    methods.TryAdd((grainClass.TypeName, dispatcher.InterfaceName, dispatcher.MethodKey), dispatcher);
                }
            }
        }

        _methods = methods.ToFrozenDictionary();
    }

    public bool TryFind(string grainType, string interfaceName, string methodKey, out MethodDispatcher dispatcher) =>
        _methods.TryGetValue((grainType, interfaceName, methodKey), out dispatcher!);

    private static bool IsGrainInterface(Type type) =>
        typeof(IGrain).IsAssignableFrom(type) &&
        type != typeof(IGrain) && type != typeof(IGrainWithStringKey) && type != typeof(IGrainWithIntegerKey);
}
