using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Protocol;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>Anonymous shoppers opening the app and looking around: per iteration one of system.init (10%),
/// goods.list on a random page (30%) or goods.detail of a random listed goods (60%).</summary>
public sealed class BrowseScenario(RunContext context) : IScenario
{
    private const int MaxPages = 50;

    private IReadOnlyList<long> _goodsIds = [];
    private int _pages = 1;

    public bool NeedsAdmin => false;

    public SaleInfo? Sale => null;

    public PrepareInfo? Prepared => null;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var list = await context.Caller.CallAsync("goods.list", context.AnonymousDevice, GoodsQueries.ListParameters(1), context.PrepareStats, abort: cancellationToken);
        if (!list.IsSuccess)
        {
            throw new LoadTestException($"goods.list answered {list}");
        }

        _goodsIds = GoodsQueries.GoodsIds(list);
        var total = JsonRead.Long(list.Data, "total") ?? _goodsIds.Count;
        var perPage = Math.Max(1, JsonRead.Long(list.Data, "count") ?? 20);
        _pages = (int)Math.Clamp((total + perPage - 1) / perPage, 1, MaxPages);
        context.Line(_goodsIds.Count == 0
            ? "goods.list shows no goods: browsing system.init and goods.list only"
            : $"browsing {total:N0} goods on {_pages:N0} pages");
    }

    public async Task IterateAsync(long intendedTicks, StopSignal stop)
    {
        var caller = context.Caller;
        var device = context.AnonymousDevice;
        var pick = Random.Shared.Next(10);
        if (pick == 0)
        {
            await caller.CallAsync("system.init", device, [new("token", string.Empty)], context.LoadStats, intendedTicks);
        }
        else if (pick <= 3 || _goodsIds.Count == 0)
        {
            await caller.CallAsync("goods.list", device, GoodsQueries.ListParameters(Random.Shared.Next(1, _pages + 1)), context.LoadStats, intendedTicks);
        }
        else
        {
            var goodsId = _goodsIds[Random.Shared.Next(_goodsIds.Count)];
            await caller.CallAsync("goods.detail", device, GoodsQueries.DetailParameters(goodsId), context.LoadStats, intendedTicks);
        }
    }

    public Task<string?> ProgressAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<InvariantReport?> CheckAsync(CancellationToken cancellationToken) => Task.FromResult<InvariantReport?>(null);
}
