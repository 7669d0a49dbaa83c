using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>order.detail: one of the user's orders.</summary>
public sealed class OrderDetailHandler : ApiHandler<OrderSnParameters, OrderView>
{
    public override string Method => "order.detail";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(OrderSnParameters parameters, ApiContext context) =>
        Ok("success", OrderView.From(await OrderLookup.OwnAsync(context, parameters.OrderSn)));
}
