using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>One stock shard of a sharded flash sale: the same book as an unsharded sale (same checks, ledger, group
/// commit and reconciliation), over the part of the quota this shard holds. Its buyers are the users whose home it
/// is, so per-user limits and request tokens stay exact across shards. Quota moves between shards by loans (see
/// FlashSaleShardGrain.Loans.cs).</summary>
[Reentrant]
public sealed partial class FlashSaleShardGrain : FlashSaleQuotaGrain<FlashSaleShardState>, IFlashSaleShardGrain
{
    public FlashSaleShardGrain([PersistentState("state")] IPersistentState<FlashSaleShardState> state, IOptions<MallOptions> options, TimeProvider clock)
        : base(state, options.Value, clock)
    {
    }

    protected override long SaleId => S.SaleId;

    protected override int Capacity => S.Share + _borrowed - _lent;

    protected override string LedgerKey(int chunk) => $"{this.GetPrimaryKeyString()}:{chunk}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        CountLoans();
        await ActivateBookAsync();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    public async Task Configure(FlashSaleShardSetup setup)
    {
        if (S.Definition is not null && setup.Revision <= S.Revision)
        {
            return;
        }

        // The share changes only before the sale starts (the sale grain refuses later updates), when no buy and no
        // loan can have happened yet.
        (S.SaleId, S.Index, S.Share, S.Revision, S.Definition) = (setup.SaleId, setup.Index, setup.Share, setup.Revision, setup.Definition);
        (S.GoodsId, S.GoodsName, S.SpecVal, S.GoodsImage, S.MarketPrice) = (setup.GoodsId, setup.GoodsName, setup.SpecVal, setup.GoodsImage, setup.MarketPrice);
        S.Stopped |= setup.Stopped;
        await SaveHeaderAsync();
    }

    public Task<FlashSaleBuyResult> Buy(FlashSaleBuy request) => BuyFromBookAsync(request);

    public Task<bool> ReturnOrder(string orderSn) => S.Definition is null ? Task.FromResult(false) : ReturnToBookAsync(orderSn);

    public async Task<FlashSaleShardView?> Get(bool current = false)
    {
        if (S.Definition is null)
        {
            return null;
        }

        await CheckLoansOnceAsync();
        var (sold, orders) = current ? await CurrentCountsAsync() : (Sold, Orders);
        return new FlashSaleShardView(S.Index, S.Share, Capacity, sold, Math.Max(0, Capacity - sold), orders, _lent, _borrowed, RejectionCounts());
    }
}
