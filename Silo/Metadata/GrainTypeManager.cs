using System.Collections.Frozen;
using System.Reflection;

namespace Orleans.Runtime;

/// <summary>Maps each grain interface to the one registered class implementing it.</summary>
internal sealed class GrainTypeManager
{
    private readonly FrozenDictionary<Type, GrainInterfaceInfo> _interfaces;

    public GrainTypeManager(IEnumerable<Assembly> grainAssemblies)
    {
        var classes = grainAssemblies.Distinct()
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IGrainBase).IsAssignableFrom(t) && !t.ContainsGenericParameters)
            .Select(t => new GrainClassInfo(t))
            .ToList();

        var duplicateName = classes.GroupBy(c => c.TypeName).FirstOrDefault(g => g.Count() > 1);
        if (duplicateName is not null)
        {
            throw new InvalidOperationException($"Grain type name '{duplicateName.Key}' is used by several classes.");
        }

        var interfaces = new Dictionary<Type, GrainInterfaceInfo>();
        foreach (var grainClass in classes)
        {
            foreach (var grainInterface in grainClass.ClassType.GetInterfaces().Where(IsGrainInterface))
            {
                if (interfaces.TryGetValue(grainInterface, out var existing))
                {
                    throw new InvalidOperationException(
                        $"Grain interface {grainInterface.Name} is implemented by both {existing.GrainClass.ClassType.Name} and {grainClass.ClassType.Name}.");
                }

                interfaces[grainInterface] = new GrainInterfaceInfo(grainInterface, grainClass);
            }
        }

        Classes = classes;
        _interfaces = interfaces.ToFrozenDictionary();
    }

    public IReadOnlyList<GrainClassInfo> Classes { get; }

    public GrainInterfaceInfo GetInterface(Type interfaceType) =>
        _interfaces.TryGetValue(interfaceType, out var info)
            ? info
            : throw new ArgumentException($"No grain class implementing {interfaceType.Name} is registered with the silo.", nameof(interfaceType));

    private static bool IsGrainInterface(Type type) =>
        typeof(IGrain).IsAssignableFrom(type) &&
        type != typeof(IGrain) && type != typeof(IGrainWithStringKey) && type != typeof(IGrainWithIntegerKey);
}
