namespace Orleans.Runtime;

/// <summary>On a grain constructor parameter of type IPersistentState&lt;T&gt;: binds it to the named state of this grain.</summary>
[AttributeUsage(AttributeTargets.Parameter)]
public sealed class PersistentStateAttribute(string stateName, string? storageName = null) : Attribute
{
    public string StateName { get; } = stateName;

    /// <summary>Reserved for several storage providers; the silo has one.</summary>
    public string? StorageName { get; } = storageName;
}
