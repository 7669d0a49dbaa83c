namespace Bench.Alternatives.Store;

/// <summary>The part that differs between the two designs: where stock lives and how a purchase takes it.</summary>
public interface IPurchaseStore
{
    StoreKind Kind { get; }

    /// <summary>Creates a sale (quota = its stock) and answers its id.</summary>
    Task<long> CreateSaleAsync(SaleDefinition sale, CancellationToken cancellationToken);

    /// <summary>One purchase; never oversells, whatever runs at the same time.</summary>
    Task<BuyResult> BuyAsync(BuyRequest request, CancellationToken cancellationToken);

    /// <summary>Live counters, or null for an unknown sale.</summary>
    Task<SaleCounters?> CountersAsync(long saleId, CancellationToken cancellationToken);
}
