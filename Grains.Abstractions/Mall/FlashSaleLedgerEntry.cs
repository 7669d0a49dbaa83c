namespace Orleans.Grains.Mall;

/// <summary>One reservation of a flash sale. <paramref name="RequestKey"/> is "{userid}:{request_token}".</summary>
public sealed record FlashSaleLedgerEntry(string OrderSn, long UserId, int Quantity, string RequestKey, LedgerEntryState State);
