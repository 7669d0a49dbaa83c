using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>A user's gold. Every change is keyed by a reference (usually the order_sn) and applied once. The row holds
/// the balance and the newest changes only; full pages of older changes are sealed into <see cref="IWalletPageGrain"/>s
/// (see WalletGrain.Pages.cs), so the write on the flash-sale path stays small however long the history grows.</summary>
public sealed partial class WalletGrain(
    [PersistentState("state")] IPersistentState<WalletState> state,
    IOptions<MallOptions> options,
    TimeProvider clock) : Grain, IWalletGrain
{
    public Task<int> GetBalance() => Task.FromResult(state.State.Balance);

    public Task<WalletResult> Debit(string reference, int amount, string reason, string? orderSn) =>
        ApplyAsync(reference, -Positive(amount), reason, orderSn);

    public Task<WalletResult> Credit(string reference, int amount, string reason, string? orderSn) =>
        ApplyAsync(reference, Positive(amount), reason, orderSn);

    public async Task<WalletResult> Refund(string orderSn, string reason) =>
        (await ByReferenceAsync()).TryGetValue(orderSn, out var debit) && debit.Amount < 0
            ? await ApplyAsync("refund:" + orderSn, -debit.Amount, reason, orderSn)
            : new WalletResult(false, state.State.Balance);

    private async Task<WalletResult> ApplyAsync(string reference, int amount, string reason, string? orderSn)
    {
        var byReference = await ByReferenceAsync();
        if (byReference.ContainsKey(reference))
        {
            return new WalletResult(true, state.State.Balance);
        }

        if (state.State.Balance + amount < 0)
        {
            return new WalletResult(false, state.State.Balance);
        }

        if (state.State.Entries.Count >= options.Value.WalletPageSize)
        {
            await SealAsync(); // before the change, so that a failure here leaves nothing half applied
        }

        var entry = new WalletEntry(reference, amount, state.State.Balance + amount, reason, orderSn, clock.GetUtcNow());
        state.State.Balance = entry.BalanceAfter;
        state.State.Entries.Add(entry);
        byReference[reference] = entry;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not durable, so not applied: drop the in-memory change (the runtime deactivates on a conflict anyway).
            state.State.Balance -= amount;
            state.State.Entries.Remove(entry);
            byReference.Remove(reference);
            throw;
        }

        return new WalletResult(true, state.State.Balance);
    }

    private static int Positive(int amount) =>
        amount > 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "Amounts are positive.");
}
