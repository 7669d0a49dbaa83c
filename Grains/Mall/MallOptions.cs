namespace Orleans.Grains.Mall;

/// <summary>Rules of the points mall, bound from the "Mall" configuration section.</summary>
public sealed class MallOptions
{
    /// <summary>Most delivery addresses per user. Default 5.</summary>
    public int MaxAddresses { get; set; } = 5;

    /// <summary>Order numbers fetched per durable write of the sequence. Default 200.</summary>
    public int OrderNumberBlock { get; set; } = 200;

    /// <summary>Entries per flash-sale ledger chunk: bounds what one durable write of a hot sale carries (a flush rewrites the
    /// whole chunk: 64 entries are about 8 KB, 256 were about 30 KB per flush). Default 64.</summary>
    public int LedgerChunkSize { get; set; } = 64;

    /// <summary>Gold changes a wallet keeps in its own row before sealing them into a page: every debit rewrites that
    /// row, so this bounds its size (a change is about 200 bytes) however long the user's history grows. Default 16.</summary>
    public int WalletPageSize { get; set; } = 16;

    /// <summary>Mall submissions per user whose request token still answers its order (a retry of a request whose
    /// answer was lost); older tokens are spent tokens. Default 100.</summary>
    public int SubmissionTokensKept { get; set; } = 100;

    /// <summary>Most units one flash-sale buy may take. Default 10.</summary>
    public int MaxFlashSaleQuantity { get; set; } = 10;

    /// <summary>Offset from UTC of the calendar day in order numbers. Default +08:00 (China).</summary>
    public TimeSpan DayUtcOffset { get; set; } = TimeSpan.FromHours(8);
}
