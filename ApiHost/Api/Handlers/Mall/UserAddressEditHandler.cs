using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>user.address.edit.</summary>
public sealed class UserAddressEditHandler : ApiHandler<AddressEditParameters, EmptyResult>
{
    public override string Method => "user.address.edit";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(AddressEditParameters parameters, ApiContext context) =>
        AddressBookErrors.Check(
            await context.Grains.GetGrain<IAddressBookGrain>(context.RequireUserId()).Edit(parameters.AddressId, parameters.Fields.Validate()),
            "修改成功");
}
