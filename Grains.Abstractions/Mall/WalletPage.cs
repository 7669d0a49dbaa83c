namespace Orleans.Grains.Mall;

public sealed record WalletPage(IReadOnlyList<WalletEntry> Entries, int Total);
