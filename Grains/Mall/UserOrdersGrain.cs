using Microsoft.Extensions.Options;
using Orleans.Grains.ReadModels;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>The orders of one user and their mall order desk; submission is in the partial file beside this one. The
/// list is a query of the orders read model on its userid index: one indexed page per call, where an index of order
/// numbers in this grain's row was rewritten with every order and listing meant activating every order.</summary>
public sealed partial class UserOrdersGrain(
    [PersistentState("state")] IPersistentState<UserOrdersState> state,
    IOptions<MallOptions> options,
    TimeProvider clock,
    OrderReadModel orders) : Grain, IUserOrdersGrain
{
    /// <summary>Most orders one List call answers.</summary>
    public const int MaxListLimit = 100;

    private OrderNumberSource? _numbers;

    private UserOrdersState S => state.State;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _numbers = new OrderNumberSource(GrainFactory, clock, options.Value);
        foreach (var pending in S.Pending.Values.ToList())
        {
            await ReconcileAsync(pending);
        }
    }

    public async Task<UserOrderPage> List(UserOrderQuery query)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, MaxListLimit);
        List<ReadModelFilter> filters = [new("userid", ReadModelOperator.Equal, this.GetPrimaryKeyLong())];
        if (query.Status != -1)
        {
            filters.Add(new("order_status", ReadModelOperator.Equal, (long)query.Status));
        }

        if (query.From is { } from)
        {
            filters.Add(new("created", ReadModelOperator.AtLeast, from.ToUnixTimeSeconds()));
        }

        if (query.To is { } to)
        {
            filters.Add(new("created", ReadModelOperator.AtMost, to.ToUnixTimeSeconds()));
        }

        if (query.OrderSn is { Length: > 0 } orderSn)
        {
            filters.Add(new(ReadModelSchema.KeyColumn, ReadModelOperator.Equal, orderSn));
        }

        var page = await orders.QueryAsync(new ReadModelQuery(filters, "created", Descending: true, query.Offset, query.Limit));
        return new UserOrderPage(page.Rows, page.Total);
    }

    public async Task OrderClosed(string orderSn)
    {
        if (Uncount(orderSn))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task OrderDone(string orderSn)
    {
        if (S.Counted.Remove(orderSn))
        {
            await state.WriteStateAsync();
        }
    }

    private bool Uncount(string orderSn)
    {
        if (!S.Counted.Remove(orderSn, out var lines))
        {
            return false;
        }

        foreach (var line in lines)
        {
            S.Purchased[line.GoodsId] = Math.Max(0, S.Purchased.GetValueOrDefault(line.GoodsId) - line.Quantity);
        }

        return true;
    }
}
