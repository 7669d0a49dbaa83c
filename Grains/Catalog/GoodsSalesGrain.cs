using Microsoft.Extensions.Logging;
using Orleans.Concurrency;
using Orleans.Grains.ReadModels;
using Orleans.Runtime;

namespace Orleans.Grains.Catalog;

/// <summary>
/// Sales counts of one goods. Every order of the goods (flash-sale orders too) reports here when it is created and
/// when it is closed, so a busy sale sends many reports at once: the grain is reentrant and coalesces them, applying
/// each in memory at once (turns never overlap) and answering it when the one state write that carries it is durable
/// and projected. A flash sale of thousands of orders therefore costs a few writes of this grain, not one per order.
/// <para>Idempotency: each report says what an order means now (counted, or closed), and the grain remembers what it
/// last recorded for its <see cref="RememberedOrders"/> most recent orders, so a repeated report (a retry by the order
/// grain after a crash) changes nothing. Only a repeat arriving after that many later orders of the same goods could
/// count twice; counts never go below zero.</para>
/// </summary>
[Reentrant]
public sealed partial class GoodsSalesGrain(
    [PersistentState("state")] IPersistentState<GoodsSalesState> state,
    GoodsSalesReadModel readModel,
    TimeProvider clock,
    ILogger<GoodsSalesGrain> logger) : Grain, IGoodsSalesGrain
{
    /// <summary>Orders remembered for recognising repeats: far more than can be in flight when a silo stops.</summary>
    public const int RememberedOrders = 512;

    private TaskCompletionSource? _next;
    private TaskCompletionSource? _inFlight;
    private bool _writing;

    private GoodsSalesState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (ReadModel<GoodsSalesRow>.StateVersion(state.Etag) is not { } version)
        {
            return;
        }

        try
        {
            await readModel.HealAsync(GetPrimaryKeyLong(), Row(), version, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The counts themselves are durable; lists lag until the next activation tries again.
            LogProjectionFailed(logger, exception, GetPrimaryKeyLong());
        }
    }

    public Task<GoodsSales> Get() => Task.FromResult(Row().ToSales(clock.GetUtcNow()));

    public Task Record(GoodsSale sale)
    {
        ArgumentException.ThrowIfNullOrEmpty(sale.OrderSn);
        ArgumentOutOfRangeException.ThrowIfNegative(sale.Units);
        var at = S.Recent.FindIndex(m => m.OrderSn == sale.OrderSn);
        if (at >= 0 && S.Recent[at].Counted == sale.Counted)
        {
            // Already recorded; answer when the write that carries it is durable, if it is still on its way.
            return (_next ?? _inFlight)?.Task ?? Task.CompletedTask;
        }

        if (at >= 0)
        {
            S.Recent.RemoveAt(at);
        }

        S.Recent.Insert(0, new GoodsSaleMemo(sale.OrderSn, sale.Counted));
        if (S.Recent.Count > RememberedOrders)
        {
            S.Recent.RemoveRange(RememberedOrders, S.Recent.Count - RememberedOrders);
        }

        Apply(sale.Counted ? sale.Units : -sale.Units, SalesWindow.DayOf(sale.OrderedAt));
        return PersistAsync();
    }

    private void Apply(int delta, int day)
    {
        S.Units = Math.Max(0, S.Units + delta);
        var today = SalesWindow.DayOf(clock.GetUtcNow());
        S.Days.RemoveAll(d => d.Day <= today - SalesWindow.KeptDays);
        if (day <= today - SalesWindow.KeptDays)
        {
            return;
        }

        var index = S.Days.FindIndex(d => d.Day == day);
        var units = Math.Max(0, (index >= 0 ? S.Days[index].Units : 0) + delta);
        if (index >= 0)
        {
            S.Days.RemoveAt(index);
        }

        if (units > 0)
        {
            S.Days.Add(new GoodsSalesDay(day, units));
            S.Days.Sort((a, b) => a.Day.CompareTo(b.Day));
        }
    }

    /// <summary>Joins the next write; starts the writer if none runs. Changes made while a write is in flight go
    /// together in the following one.</summary>
    private Task PersistAsync()
    {
        var next = _next ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_writing)
        {
            _writing = true;
            _ = WriteQueuedAsync();
        }

        return next.Task;
    }

    private async Task WriteQueuedAsync()
    {
        while (_next is { } batch)
        {
            _next = null;
            _inFlight = batch;
            try
            {
                await state.WriteStateAsync();
            }
            catch (Exception exception)
            {
                // Memory is ahead of storage: drop the activation so the next call starts from what is durable;
                // the order grains whose reports failed report again on their next activation.
                _inFlight = null;
                DeactivateOnIdle();
                batch.TrySetException(exception);
                continue;
            }

            await ProjectAsync();
            _inFlight = null;
            batch.TrySetResult();
        }

        _writing = false;
    }

    private async Task ProjectAsync()
    {
        try
        {
            await readModel.ProjectAsync(Row(), ReadModel<GoodsSalesRow>.StateVersion(state.Etag)!.Value);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The counts are durable and the callers' reports stand; the row heals on the next activation.
            LogProjectionFailed(logger, exception, GetPrimaryKeyLong());
            DeactivateOnIdle();
        }
    }

    private GoodsSalesRow Row() => new(GetPrimaryKeyLong(), S.Units, [.. S.Days]);

    [LoggerMessage(1, LogLevel.Warning, "Goods {GoodsId}: projecting sales counts to the read model failed; the next activation retries")]
    private static partial void LogProjectionFailed(ILogger logger, Exception exception, long goodsId);
}
