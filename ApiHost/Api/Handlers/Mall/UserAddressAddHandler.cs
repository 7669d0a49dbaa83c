using Microsoft.Extensions.Options;
using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>user.address.add: at most the configured number of addresses (default 5); the first is the default.</summary>
public sealed class UserAddressAddHandler(IOptions<MallOptions> options) : ApiHandler<AddressFields, AddressIdResult>
{
    public override string Method => "user.address.add";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(AddressFields parameters, ApiContext context)
    {
        var added = await context.Grains.GetGrain<IAddressBookGrain>(context.RequireUserId()).Add(parameters.Validate())
            ?? throw ApiException.Business($"最多只能添加 {options.Value.MaxAddresses} 个收货地址");
        return Ok("添加成功", new AddressIdResult(added.AddressId));
    }
}
