using Orleans.Grains.Mall;

namespace Orleans.Tests.Mall;

public static class UserOrderList
{
    /// <summary>The user's order numbers as order.list shows them (newest first), up to one List call's maximum.</summary>
    public static async Task<IReadOnlyList<string>> OrderSnsAsync(this IUserOrdersGrain grain) =>
        (await grain.List(new UserOrderQuery(Limit: UserOrdersGrain.MaxListLimit))).Orders.Select(o => o.OrderSn).ToList();
}
