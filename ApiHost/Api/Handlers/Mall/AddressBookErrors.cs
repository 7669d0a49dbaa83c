using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

internal static class AddressBookErrors
{
    public static ApiResult Check(AddressBookResult result, string success) => result switch
    {
        AddressBookResult.Ok => new ApiResult(success, new EmptyResult()),
        _ => throw ApiException.Business("收货地址不存在"),
    };
}
