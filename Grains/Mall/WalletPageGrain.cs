using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class WalletPageGrain([PersistentState("state")] IPersistentState<WalletPageState> state) : Grain, IWalletPageGrain
{
    public async Task Save(IReadOnlyList<WalletEntry> entries)
    {
        if (state.State.Entries.Count > 0)
        {
            // Written once: another activation of the wallet (silos briefly disagreeing on its owner) must not replace
            // changes that the wallet row already counts as sealed.
            if (!state.State.Entries.Select(e => e.Reference).SequenceEqual(entries.Select(e => e.Reference), StringComparer.Ordinal))
            {
                throw new InconsistentStateException($"Wallet page {this.GetPrimaryKeyString()} was already sealed with other changes.");
            }

            return;
        }

        state.State.Entries = [.. entries];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.Entries = [];
            throw;
        }
    }

    /// <summary>The wallet keeps what it reads for as long as it is active, and a sealed page never changes: the page
    /// need not stay in memory after it has been read (a long history would otherwise hold one activation per page).</summary>
    public Task<IReadOnlyList<WalletEntry>> Load()
    {
        DeactivateOnIdle();
        return Task.FromResult<IReadOnlyList<WalletEntry>>(state.State.Entries);
    }
}
