using Microsoft.Extensions.Options;
using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>The hot path. Reentrant so that buyers waiting on storage do not block the next buyer's decision; every
/// decision (checks + in-memory reservation) still happens inside one uninterrupted piece of grain code, so counters
/// are exact. Buying, the ledger and administration are in the partial files beside this one.</summary>
[Reentrant]
public sealed partial class FlashSaleGrain : Grain, IFlashSaleGrain
{
    private readonly IPersistentState<FlashSaleState> _state;
    private readonly MallOptions _options;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, SaleOrder> _bySn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SaleOrder> _byRequest = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _perUser = [];
    private readonly List<List<SaleOrder>> _chunks = [];
    private OrderNumberSource? _numbers;
    private int _sold;
    private int _orders;

    public FlashSaleGrain([PersistentState("state")] IPersistentState<FlashSaleState> state, IOptions<MallOptions> options, TimeProvider clock)
    {
        _state = state;
        _options = options.Value;
        _clock = clock;
    }

    private FlashSaleState S => _state.State;

    private long Id => GetPrimaryKeyLong();

    private string HoldKey => $"seckill:{Id}";

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _numbers = new OrderNumberSource(GrainFactory, _clock, _options);
        if (S.Definition is not { } definition)
        {
            return;
        }

        await LoadLedgerAsync();
        await ReconcileAsync();
        await EnsureQuotaAsync();
        var untilEnd = definition.EndTime - _clock.GetUtcNow();
        if (untilEnd > TimeSpan.Zero && untilEnd < TimeSpan.FromDays(30))
        {
            RegisterGrainTimer(_ => SettleIfOverAsync(), untilEnd, Timeout.InfiniteTimeSpan);
        }
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => FlushAsync();

    public async Task<FlashSaleView?> Get()
    {
        if (S.Definition is not { } d)
        {
            return null;
        }

        await SettleIfOverAsync();
        return new FlashSaleView(Id, d.ProductId, S.GoodsId, S.GoodsName, S.SpecVal, S.GoodsImage, d.Price, d.Quota, _sold,
            Math.Max(0, d.Quota - _sold), _orders, d.StartTime, d.EndTime, d.LimitPerUser, Status(d), new Dictionary<string, long>(S.Rejections));
    }

    private FlashSaleStatus Status(FlashSaleDefinition d)
    {
        var now = _clock.GetUtcNow();
        return S.Stopped ? FlashSaleStatus.Stopped
            : now >= d.EndTime ? FlashSaleStatus.Ended
            : now < d.StartTime ? FlashSaleStatus.Upcoming
            : _sold >= d.Quota ? FlashSaleStatus.SoldOut
            : FlashSaleStatus.Running;
    }
}
