namespace Orleans.Grains.Mall;

/// <summary>The outcome of a wallet change: whether it applied (or had already applied) and the balance after.</summary>
public sealed record WalletResult(bool Applied, int Balance);
