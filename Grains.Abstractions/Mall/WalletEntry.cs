namespace Orleans.Grains.Mall;

/// <summary>One change of a user's gold: positive credits, negative debits.</summary>
public sealed record WalletEntry(string Reference, int Amount, int BalanceAfter, string Reason, string? OrderSn, DateTimeOffset Time);
