namespace Orleans.Grains.Mall;

public sealed class AddressBookState
{
    public long LastId { get; set; }

    public List<DeliveryAddress> Addresses { get; set; } = [];
}
