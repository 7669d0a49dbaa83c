using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>user.address.default.set.</summary>
public sealed class UserAddressDefaultSetHandler : ApiHandler<AddressIdParameters, EmptyResult>
{
    public override string Method => "user.address.default.set";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(AddressIdParameters parameters, ApiContext context) =>
        AddressBookErrors.Check(await context.Grains.GetGrain<IAddressBookGrain>(context.RequireUserId()).SetDefault(parameters.AddressId), "设置成功");
}
