namespace Orleans.Grains.Mall;

/// <summary>A sealed page of a user's gold changes, keyed "{userid}:{page}". A wallet keeps only its newest changes
/// in its own row and moves each full page here, so a debit rewrites a few changes, never the user's whole history.</summary>
public interface IWalletPageGrain : IGrainWithStringKey
{
    /// <summary>Stores the page once. Saving the same changes again (a wallet that crashed after sealing and before
    /// recording it) succeeds; different changes throw InconsistentStateException: a page is never rewritten.</summary>
    Task Save(IReadOnlyList<WalletEntry> entries);

    /// <summary>The page's changes, oldest first; empty if never saved.</summary>
    Task<IReadOnlyList<WalletEntry>> Load();
}
