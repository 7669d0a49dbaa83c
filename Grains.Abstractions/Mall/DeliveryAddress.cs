namespace Orleans.Grains.Mall;

/// <summary>A stored delivery address of a user.</summary>
public sealed record DeliveryAddress(long AddressId, AddressInput Fields, bool IsDefault);
