namespace Orleans.Grains.Mall;

/// <summary>A chunk of a flash sale's reservations, keyed "{saleId}:{chunk}". Chunks bound the size of each durable
/// write on the hot path: a sale rewrites only the chunks that changed, never its whole history.</summary>
public interface IFlashSaleLedgerGrain : IGrainWithStringKey
{
    Task Save(IReadOnlyList<FlashSaleLedgerEntry> entries);

    Task<IReadOnlyList<FlashSaleLedgerEntry>> Load();
}
