namespace Orleans.Grains.Mall;

public enum AddressBookResult
{
    Ok,
    NotFound,
    Full,
}
