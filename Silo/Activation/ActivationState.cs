namespace Orleans.Runtime;

internal enum ActivationState
{
    /// <summary>Created in the catalog; messages wait while the grain is constructed, its state read and OnActivateAsync run.</summary>
    Activating,

    /// <summary>Serving requests.</summary>
    Valid,

    /// <summary>Finishing running requests, then OnDeactivateAsync; new messages wait and are forwarded afterwards.</summary>
    Deactivating,

    /// <summary>Gone from the catalog; a message that still finds it is sent again to a new activation.</summary>
    Invalid,
}
