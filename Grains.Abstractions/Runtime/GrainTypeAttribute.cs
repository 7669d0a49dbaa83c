namespace Orleans;

/// <summary>Names a grain class's type in grain ids and storage. Without it the name is the class name, lower-case,
/// without a trailing "Grain" (UserGrain is "user").</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class GrainTypeAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}
