using Orleans.Grains.Mall;

namespace ApiHost.Api.Handlers.Mall;

/// <summary>Address parameters of user.address.add / edit, validated into an <see cref="AddressInput"/>.</summary>
public sealed partial record AddressFields(
    string ReceiverName,
    string ReceiverMobile,
    string Province,
    string City,
    string District,
    string Address,
    string Street = "")
{
    public AddressInput Validate()
    {
        Require(ReceiverName, "receiver_name", 20);
        if (!MobileNumber.IsValid(ReceiverMobile))
        {
            throw ApiException.Parameter("receiver_mobile", "不是有效的手机号码");
        }

        Require(Province, "province", 20);
        Require(City, "city", 20);
        Require(District, "district", 20);
        Require(Address, "address", 100);
        if (Street is { Length: > 50 })
        {
            throw ApiException.Parameter("street", "不能超过 50 个字符");
        }

        return new AddressInput(ReceiverName.Trim(), ReceiverMobile!, Province.Trim(), City.Trim(), District.Trim(), (Street ?? string.Empty).Trim(), Address.Trim());
    }

    private static void Require(string? value, string name, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value) || value.Length > maxLength)
        {
            throw ApiException.Parameter(name, $"必填且不能超过 {maxLength} 个字符");
        }
    }
}
