namespace Orleans.Runtime.Transport;

/// <summary>What became of one attempt to send a call to a silo, from the router's point of view.</summary>
internal enum CallOutcome
{
    /// <summary>The caller has its answer (result or exception); nothing more to do.</summary>
    Answered,

    /// <summary>The silo refused the call without running it (not the owner, not serving): retry after a refresh.</summary>
    Refused,

    /// <summary>No connection could be made, so the call certainly did not run: retry after a refresh.</summary>
    NotConnected,
}
