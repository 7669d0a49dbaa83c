using System.Collections.Frozen;
using System.Reflection;

namespace Orleans.Runtime;

/// <summary>A grain interface bound to the class that implements it, with a dispatcher per method.</summary>
internal sealed class GrainInterfaceInfo
{
    public GrainInterfaceInfo(Type interfaceType, GrainClassInfo grainClass)
    {
        InterfaceType = interfaceType;
        GrainClass = grainClass;
        Methods = interfaceType.GetInterfaces().Append(interfaceType)
            .SelectMany(i => i.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .ToFrozenDictionary(m => m, m => MethodDispatcher.Create(grainClass, m));
        References = new GrainReferenceActivator(interfaceType);
    }

    public Type InterfaceType { get; }

    public GrainClassInfo GrainClass { get; }

    public FrozenDictionary<MethodInfo, MethodDispatcher> Methods { get; }

    public GrainReferenceActivator References { get; }
}
