namespace Orleans.Runtime.Membership;

/// <summary>A silo's status in the membership table. Only <see cref="Active"/> silos are in a view (own grains).</summary>
public enum SiloStatus
{
    /// <summary>Inserted at start; heartbeats, but owns no grains until its host has started.</summary>
    Joining,

    /// <summary>Serving: in every view.</summary>
    Active,

    /// <summary>Stopping gracefully: out of the views at once, so peers re-place its grains before it is gone.</summary>
    ShuttingDown,

    /// <summary>Declared dead (by peers, or by itself on a graceful stop). Never serves again under this generation.</summary>
    Dead,
}
