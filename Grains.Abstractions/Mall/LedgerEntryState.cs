namespace Orleans.Grains.Mall;

public enum LedgerEntryState
{
    /// <summary>Quota held; the order may or may not exist yet (decided on reconciliation after a crash).</summary>
    Reserved,

    /// <summary>The order exists.</summary>
    Confirmed,

    /// <summary>Quota given back: the buy failed or the order was closed.</summary>
    Returned,
}
