using Orleans.Runtime;

namespace Orleans.Grains.Mall;

public sealed class WalletGrain([PersistentState("state")] IPersistentState<WalletState> state, TimeProvider clock) : Grain, IWalletGrain
{
    private Dictionary<string, WalletEntry>? _byReference;

    private Dictionary<string, WalletEntry> ByReference => _byReference ??= state.State.Entries.ToDictionary(e => e.Reference, StringComparer.Ordinal);

    public Task<int> GetBalance() => Task.FromResult(state.State.Balance);

    public Task<WalletResult> Debit(string reference, int amount, string reason, string? orderSn) =>
        ApplyAsync(reference, -Positive(amount), reason, orderSn);

    public Task<WalletResult> Credit(string reference, int amount, string reason, string? orderSn) =>
        ApplyAsync(reference, Positive(amount), reason, orderSn);

    public Task<WalletResult> Refund(string orderSn, string reason) =>
        ByReference.TryGetValue(orderSn, out var debit) && debit.Amount < 0
            ? ApplyAsync("refund:" + orderSn, -debit.Amount, reason, orderSn)
            : Task.FromResult(new WalletResult(false, state.State.Balance));

    public Task<WalletPage> List(int page, int pageSize)
    {
        var entries = state.State.Entries;
        var newestFirst = Enumerable.Range(0, entries.Count).Select(i => entries[entries.Count - 1 - i]);
        return Task.FromResult(new WalletPage(newestFirst.Skip((page - 1) * pageSize).Take(pageSize).ToList(), entries.Count));
    }

    private async Task<WalletResult> ApplyAsync(string reference, int amount, string reason, string? orderSn)
    {
        if (ByReference.ContainsKey(reference))
        {
            return new WalletResult(true, state.State.Balance);
        }

        if (state.State.Balance + amount < 0)
        {
            return new WalletResult(false, state.State.Balance);
        }

        var entry = new WalletEntry(reference, amount, state.State.Balance + amount, reason, orderSn, clock.GetUtcNow());
        state.State.Balance = entry.BalanceAfter;
        state.State.Entries.Add(entry);
        ByReference[reference] = entry;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // Not durable, so not applied: drop the in-memory change (the runtime deactivates on a conflict anyway).
            state.State.Balance -= amount;
            state.State.Entries.Remove(entry);
            ByReference.Remove(reference);
            throw;
        }

        return new WalletResult(true, state.State.Balance);
    }

    private static int Positive(int amount) =>
        amount > 0 ? amount : throw new ArgumentOutOfRangeException(nameof(amount), amount, "Amounts are positive.");
}
