namespace Orleans;

/// <summary>Why an activation is being deactivated.</summary>
public enum DeactivationReason
{
    /// <summary>The grain asked for it with DeactivateOnIdle.</summary>
    ApplicationRequested,

    /// <summary>The activation was idle longer than the collection age.</summary>
    IdleCollection,

    /// <summary>A state write failed with an ETag conflict; the next call reloads state.</summary>
    InconsistentState,

    /// <summary>The silo is shutting down.</summary>
    ShuttingDown,

    /// <summary>The cluster's membership changed and another silo owns the grain now.</summary>
    OwnershipChanged,
}
