namespace Orleans;

/// <summary>Marker for grain interfaces. Every method of a grain interface returns Task, Task&lt;T&gt;, ValueTask or
/// ValueTask&lt;T&gt;, and takes and returns only serializable records or primitives, so calls can later cross processes.</summary>
public interface IGrain;

/// <summary>A grain whose identity is a string key.</summary>
public interface IGrainWithStringKey : IGrain;

/// <summary>A grain whose identity is a 64-bit integer key.</summary>
public interface IGrainWithIntegerKey : IGrain;
