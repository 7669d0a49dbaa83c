using Microsoft.Extensions.Logging;
using Orleans.Grains.Catalog;

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

    /// <summary>For creation: a failed report never fails the order (it is paid and durable). The order is then left
    /// unprojected and deactivated, so its next activation reports and projects it.</summary>
    private async Task<bool> TryReportSalesAsync()
    {
        try
        {
            await ReportSalesAsync(Order!);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSalesReportFailed(logger, exception, Order!.OrderSn);
            DeactivateOnIdle();
            return false;
        }
    }

    /// <summary>On activation: no row means the creation report may be missing (report again, then project); an older
    /// row means a crash or a failed write after a later change (project again).</summary>
    private async Task HealAsync(OrderRecord order, long version, CancellationToken cancellationToken)
    {
        var stored = await readModel.VersionAsync(order.OrderSn, cancellationToken);
        if (stored is null && !await TryReportSalesAsync())
        {
            return;
        }

        if (stored is null || stored < version)
        {
            await readModel.ProjectAsync(order, version, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Order {OrderSn}: reporting to the goods sales counts failed; the next activation retries.")]
    private static partial void LogSalesReportFailed(ILogger logger, Exception exception, string orderSn);
}
