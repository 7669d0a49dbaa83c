namespace Orleans.Grains.Mall;

/// <summary>A ledger entry as the sale keeps it in memory (its state changes), with the chunk it is stored in.</summary>
internal sealed class SaleOrder(FlashSaleLedgerEntry entry, int chunk)
{
    public string OrderSn { get; } = entry.OrderSn;

    public long UserId { get; } = entry.UserId;

    public int Quantity { get; } = entry.Quantity;

    public string RequestKey { get; } = entry.RequestKey;

    public LedgerEntryState State { get; set; } = entry.State;

    public int Chunk { get; } = chunk;

    public bool Holds => State != LedgerEntryState.Returned;

    public FlashSaleLedgerEntry ToEntry() => new(OrderSn, UserId, Quantity, RequestKey, State);
}
