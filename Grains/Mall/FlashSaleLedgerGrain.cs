using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>Only its sale writes it, and the sale never has two saves of one chunk in flight; reentrancy just lets
/// a Load interleave.</summary>
[Reentrant]
public sealed class FlashSaleLedgerGrain([PersistentState("state")] IPersistentState<FlashSaleLedgerState> state) : Grain, IFlashSaleLedgerGrain
{
    public async Task Save(IReadOnlyList<FlashSaleLedgerEntry> entries)
    {
        state.State.Entries = [.. entries];
        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<FlashSaleLedgerEntry>> Load() => Task.FromResult<IReadOnlyList<FlashSaleLedgerEntry>>(state.State.Entries);
}
