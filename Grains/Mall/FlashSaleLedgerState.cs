namespace Orleans.Grains.Mall;

public sealed class FlashSaleLedgerState
{
    public List<FlashSaleLedgerEntry> Entries { get; set; } = [];

    /// <summary>Grows with every save; a save must name the version it replaces.</summary>
    public long Version { get; set; }
}
