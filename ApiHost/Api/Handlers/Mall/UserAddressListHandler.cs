using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>user.address.list: the signed-in user's addresses, default first.</summary>
public sealed class UserAddressListHandler : ApiHandler<NoParameters, AddressListResult>
{
    public override string Method => "user.address.list";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context)
    {
        var addresses = await context.Grains.GetGrain<IAddressBookGrain>(context.RequireUserId()).List();
        return Ok("success", new AddressListResult(addresses.Select(AddressView.From).ToList()));
    }
}
