namespace Orleans.Concurrency;

/// <summary>On a grain class: requests to its activations may interleave at await points. Code still runs one
/// piece at a time; only the ordering of whole requests is relaxed.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = true)]
public sealed class ReentrantAttribute : Attribute;
