using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>One flash sale. Unsharded (the default), it is itself the book that sells the quota. Created with several
/// shards, it keeps the definition, the stock hold and the summed counters, and its shards sell (see
/// FlashSaleGrain.Shards.cs). Administration is in FlashSaleGrain.Admin.cs.</summary>
[Reentrant]
public sealed partial class FlashSaleGrain : FlashSaleQuotaGrain<FlashSaleState>, IFlashSaleGrain
{
    public FlashSaleGrain([PersistentState("state")] IPersistentState<FlashSaleState> state, IOptions<MallOptions> options, TimeProvider clock)
        : base(state, options.Value, clock)
    {
    }

    private long Id => GetPrimaryKeyLong();

    private string HoldKey => $"seckill:{Id}";

    private bool Sharded => S.Definition is { Shards: > 1 };

    protected override long SaleId => Id;

    protected override int Capacity => S.Definition?.Quota ?? 0;

    protected override string LedgerKey(int chunk) => $"{Id}:{chunk}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await ActivateBookAsync();
        if (S.Definition is not { } definition)
        {
            return;
        }

        await EnsureQuotaAsync();
        var untilEnd = definition.EndTime - Clock.GetUtcNow();
        if (untilEnd > TimeSpan.Zero && untilEnd < TimeSpan.FromDays(30))
        {
            RegisterGrainTimer(_ => SettleIfOverAsync(), untilEnd, Timeout.InfiniteTimeSpan);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    public Task<FlashSaleBuyResult> Buy(FlashSaleBuy request) => Sharded ? BuyInHomeShardAsync(request) : BuyFromBookAsync(request);

    public async Task<int> ShardCount()
    {
        if (S.Definition is not { } definition)
        {
            return 0;
        }

        await EnsureShardsAsync();
        return definition.Shards;
    }

    public async Task<FlashSaleView?> Get(bool current = false)
    {
        if (S.Definition is not { } d)
        {
            return null;
        }

        if (Sharded)
        {
            return await GetShardedAsync(d, current);
        }

        await SettleIfOverAsync();
        var (sold, orders) = current ? await CurrentCountsAsync() : (Sold, Orders);
        var rejections = RejectionCounts();
        var remaining = Math.Max(0, d.Quota - sold);
        return View(d, sold, orders, rejections, [new FlashSaleShardView(0, d.Quota, d.Quota, sold, remaining, orders, 0, 0, rejections)]);
    }

    private FlashSaleView View(FlashSaleDefinition d, int sold, int orders, IReadOnlyDictionary<string, long> rejections, IReadOnlyList<FlashSaleShardView> shards) =>
        new(Id, d.ProductId, S.GoodsId, S.GoodsName, S.SpecVal, S.GoodsImage, d.Price, d.Quota, sold, Math.Max(0, d.Quota - sold), orders,
            d.StartTime, d.EndTime, d.LimitPerUser, Status(d, sold), rejections, shards);

    private FlashSaleStatus Status(FlashSaleDefinition d, int sold)
    {
        var now = Clock.GetUtcNow();
        return S.Stopped ? FlashSaleStatus.Stopped
            : now >= d.EndTime ? FlashSaleStatus.Ended
            : now < d.StartTime ? FlashSaleStatus.Upcoming
            : sold >= d.Quota ? FlashSaleStatus.SoldOut
            : FlashSaleStatus.Running;
    }
}
