namespace Orleans.Grains.Mall;

public sealed class WalletState
{
    public int Balance { get; set; }

    /// <summary>The newest changes, oldest first: at most <see cref="MallOptions.WalletPageSize"/> before they are
    /// sealed into a page.</summary>
    public List<WalletEntry> Entries { get; set; } = [];

    /// <summary>How many changes each sealed page (<see cref="IWalletPageGrain"/> "{userid}:{index}") holds, oldest page first.</summary>
    public List<int> SealedPages { get; set; } = [];
}
