namespace Orleans.Grains.Mall;

public sealed class WalletState
{
    public int Balance { get; set; }

    /// <summary>Every change, oldest first.</summary>
    public List<WalletEntry> Entries { get; set; } = [];
}
