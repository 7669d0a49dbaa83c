using Microsoft.Extensions.Logging;
using Orleans.Grains.Catalog;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains.Mall;

/// <summary>Sales counts (buy_count, month_buy_count of goods.list and goods.detail): an order reports its units per
/// goods when it is created and again when it is closed (as one of the closing give-backs), each report saying what
/// the order means now, so a repeat is harmless. The creation report comes before the order's first projection: an
/// order without a read-model row may not have reported, and its activation reports again before projecting.</summary>
public sealed partial class OrderGrain
{
    /// <summary>Each goods of the order learns the order's units and whether they count (not closed).</summary>
    private async Task ReportSalesAsync(OrderRecord order)
    {
        if (!state.State.CountsSales)
        {
            return;
        }

        var counted = order.Status != OrderStatus.Closed;
        await Task.WhenAll(order.Lines.GroupBy(l => l.GoodsId).Select(goods => GrainFactory.GetGrain<IGoodsSalesGrain>(goods.Key)
            .Record(new GoodsSale(order.OrderSn, goods.Sum(l => l.Quantity), order.CreatedAt, counted))));
    }

    /// <summary>A failed report never fails the order (it is paid and durable). It is tried a few times; if it
    /// still fails, the order says so durably and is projected anyway, since buyers and admins must see an order that
    /// was acknowledged, and its next activation reports again.</summary>
    private async Task<bool> TryReportSalesAsync()
    {
        if (await TryAsync(() => ReportSalesAsync(Order!)) is not { } failure)
        {
            return true;
        }

        LogSalesReportFailed(logger, failure, Order!.OrderSn);
        return false;
    }

    /// <summary>Creation's report: on failure the order keeps a durable note, so the row can be projected now.</summary>
    private async Task ReportSalesOnCreateAsync()
    {
        if (!await TryReportSalesAsync())
        {
            state.State.SalesUnreported = true;
            await state.WriteStateAsync();
        }
    }

    /// <summary>On activation: no row means the creation report may be missing, and a noted failure says it is
    /// (report again, note the outcome, then project); an older row means a crash or a failed write after a later
    /// change (project again).</summary>
    private async Task HealAsync(OrderRecord order, long version, CancellationToken cancellationToken)
    {
        var stored = await readModel.VersionAsync(order.OrderSn, cancellationToken);
        if (stored is null || state.State.SalesUnreported)
        {
            var unreported = !await TryReportSalesAsync();
            if (unreported != state.State.SalesUnreported)
            {
                state.State.SalesUnreported = unreported;
                await state.WriteStateAsync();
                version = ReadModel<OrderRecord>.StateVersion(state.Etag)!.Value;
            }
        }

        if (stored is null || stored < version)
        {
            await readModel.ProjectAsync(order, version, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderSn}: reporting to the goods sales counts failed; the next activation retries.")]
    private static partial void LogSalesReportFailed(ILogger logger, Exception exception, string orderSn);
}
