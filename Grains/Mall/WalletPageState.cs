namespace Orleans.Grains.Mall;

public sealed class WalletPageState
{
    public List<WalletEntry> Entries { get; set; } = [];
}
