using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>Only its sale writes it, and one activation of a sale never has two saves of one chunk in flight;
/// reentrancy lets a LoadStored interleave. Books load chunks from storage, and a save naming a version this
/// activation does not hold re-reads storage first (this activation may be the stale one). The version check happens
/// before the write's await, so of two activations of a sale racing to save, the second is refused without a second
/// write in flight. A second handle on the same row (<c>stored</c>) reads storage without disturbing the state a save
/// may be writing.</summary>
[Reentrant]
public sealed class FlashSaleLedgerGrain(
    [PersistentState("state")] IPersistentState<FlashSaleLedgerState> state,
    [PersistentState("state")] IPersistentState<FlashSaleLedgerState> stored) : Grain, IFlashSaleLedgerGrain
{
    public async Task<long> Save(IReadOnlyList<FlashSaleLedgerEntry> entries, long expectedVersion)
    {
        if (state.State.Version != expectedVersion)
        {
            // The book loaded this chunk from storage; this activation may be the stale one (a second activation
            // elsewhere wrote since it loaded). Storage decides.
            await state.ReadStateAsync();
        }

        var (previousEntries, previousVersion) = (state.State.Entries, state.State.Version);
        if (previousVersion != expectedVersion)
        {
            throw new InconsistentStateException(
                $"Ledger chunk {GetPrimaryKeyString()} is at version {previousVersion}, not {expectedVersion}: another activation of its sale wrote it.");
        }

        state.State.Entries = [.. entries];
        state.State.Version = previousVersion + 1;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            (state.State.Entries, state.State.Version) = (previousEntries, previousVersion);
            throw;
        }

        return state.State.Version;
    }

    public async Task<FlashSaleLedgerChunk> LoadStored()
    {
        await stored.ReadStateAsync();
        return new FlashSaleLedgerChunk(stored.State.Entries, stored.State.Version);
    }
}
