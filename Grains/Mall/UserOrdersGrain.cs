using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>The order index and mall order desk of one user; submission is in the partial file beside this one.</summary>
public sealed partial class UserOrdersGrain(
    [PersistentState("state")] IPersistentState<UserOrdersState> state,
    IOptions<MallOptions> options,
    TimeProvider clock) : Grain, IUserOrdersGrain
{
    private HashSet<string>? _known;
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

    public async Task Add(string orderSn)
    {
        if (Index(orderSn))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List()
    {
        var sns = S.OrderSns;
        return Task.FromResult<IReadOnlyList<string>>(Enumerable.Range(0, sns.Count).Select(i => sns[sns.Count - 1 - i]).ToList());
    }

    public async Task OrderClosed(string orderSn)
    {
        if (Uncount(orderSn))
        {
            await state.WriteStateAsync();
        }
    }

    private bool Index(string orderSn)
    {
        _known ??= [.. S.OrderSns];
        if (!_known.Add(orderSn))
        {
            return false;
        }

        S.OrderSns.Add(orderSn);
        return true;
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
