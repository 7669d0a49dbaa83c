using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class AddressBookGrain([PersistentState("state")] IPersistentState<AddressBookState> state, IOptions<MallOptions> options)
    : Grain, IAddressBookGrain
{
    private List<DeliveryAddress> Addresses => state.State.Addresses;

    public Task<IReadOnlyList<DeliveryAddress>> List() =>
        Task.FromResult<IReadOnlyList<DeliveryAddress>>(Addresses.OrderByDescending(a => a.IsDefault).ThenByDescending(a => a.AddressId).ToList());

    public Task<DeliveryAddress?> Get(long addressId) => Task.FromResult(Addresses.Find(a => a.AddressId == addressId));

    public async Task<DeliveryAddress?> Add(AddressInput fields)
    {
        if (Addresses.Count >= options.Value.MaxAddresses)
        {
            return null;
        }

        var address = new DeliveryAddress(++state.State.LastId, fields, IsDefault: Addresses.Count == 0);
        Addresses.Add(address);
        await state.WriteStateAsync();
        return address;
    }

    public Task<AddressBookResult> Edit(long addressId, AddressInput fields) =>
        ChangeAsync(addressId, index => Addresses[index] = Addresses[index] with { Fields = fields });

    public Task<AddressBookResult> Delete(long addressId) => ChangeAsync(addressId, index =>
    {
        var wasDefault = Addresses[index].IsDefault;
        Addresses.RemoveAt(index);
        if (wasDefault && Addresses.Count > 0)
        {
            var newest = Addresses.MaxBy(a => a.AddressId)!;
            Addresses[Addresses.IndexOf(newest)] = newest with { IsDefault = true };
        }
    });

    public Task<AddressBookResult> SetDefault(long addressId) => ChangeAsync(addressId, index =>
    {
        for (var i = 0; i < Addresses.Count; i++)
        {
            Addresses[i] = Addresses[i] with { IsDefault = i == index };
        }
    });

    private async Task<AddressBookResult> ChangeAsync(long addressId, Action<int> change)
    {
        var index = Addresses.FindIndex(a => a.AddressId == addressId);
        if (index < 0)
        {
            return AddressBookResult.NotFound;
        }

        change(index);
        await state.WriteStateAsync();
        return AddressBookResult.Ok;
    }
}
