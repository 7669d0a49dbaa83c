using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>user.address.delete; deleting the default promotes the newest remaining address.</summary>
public sealed class UserAddressDeleteHandler : ApiHandler<AddressIdParameters, EmptyResult>
{
    public override string Method => "user.address.delete";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(AddressIdParameters parameters, ApiContext context) =>
        AddressBookErrors.Check(await context.Grains.GetGrain<IAddressBookGrain>(context.RequireUserId()).Delete(parameters.AddressId), "删除成功");
}
