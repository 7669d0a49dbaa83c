using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class UserOrdersGrain([PersistentState("state")] IPersistentState<UserOrdersState> state) : Grain, IUserOrdersGrain
{
    private HashSet<string>? _known;

    public async Task Add(string orderSn)
    {
        _known ??= [.. state.State.OrderSns];
        if (_known.Add(orderSn))
        {
            state.State.OrderSns.Add(orderSn);
            await state.WriteStateAsync();
        }
    }

    public Task<IReadOnlyList<string>> List()
    {
        var sns = state.State.OrderSns;
        return Task.FromResult<IReadOnlyList<string>>(Enumerable.Range(0, sns.Count).Select(i => sns[sns.Count - 1 - i]).ToList());
    }
}
