namespace Orleans.Grains.Mall;

public sealed class FlashSaleLedgerState
{
    public List<FlashSaleLedgerEntry> Entries { get; set; } = [];
}
