namespace Orleans.Grains.Mall;

/// <summary>A user's delivery addresses (at most the configured number, default 5), keyed by user id.</summary>
public interface IAddressBookGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<DeliveryAddress>> List();

    Task<DeliveryAddress?> Get(long addressId);

    /// <summary>Adds an address; the first one becomes the default. Null when the book is full.</summary>
    Task<DeliveryAddress?> Add(AddressInput fields);

    Task<AddressBookResult> Edit(long addressId, AddressInput fields);

    /// <summary>Deleting the default makes the newest remaining address the default.</summary>
    Task<AddressBookResult> Delete(long addressId);

    Task<AddressBookResult> SetDefault(long addressId);
}
