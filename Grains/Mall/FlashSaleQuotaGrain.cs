using Orleans.Concurrency;
using Orleans.Runtime;

namespace Orleans.Grains.Mall;

/// <summary>The hot path: a book of reservations against a quota, kept in memory and made durable in ledger chunks.
/// An unsharded sale (<see cref="FlashSaleGrain"/>) is one such book; each stock shard of a sharded sale
/// (<see cref="FlashSaleShardGrain"/>) is another. Reentrant so that buyers waiting on storage do not block the next
/// buyer's decision; every decision (checks + in-memory reservation) still happens inside one uninterrupted piece of
/// grain code, so counters are exact. Buying and the ledger are in the partial files beside this one.</summary>
[Reentrant]
public abstract partial class FlashSaleQuotaGrain<TState> : Grain
    where TState : FlashSaleState, new()
{
    private readonly IPersistentState<TState> _state;
    private readonly Dictionary<string, SaleOrder> _bySn = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SaleOrder> _byRequest = new(StringComparer.Ordinal);
    private readonly Dictionary<long, int> _perUser = [];
    private readonly List<List<SaleOrder>> _chunks = [];
    private OrderNumberSource? _numbers;
    private int _sold;
    private int _orders;

    protected FlashSaleQuotaGrain(IPersistentState<TState> state, MallOptions options, TimeProvider clock)
    {
        _state = state;
        Options = options;
        Clock = clock;
    }

    protected MallOptions Options { get; }

    protected TimeProvider Clock { get; }

    protected TState S => _state.State;

    /// <summary>Units held by reservations and orders of this book.</summary>
    protected int Sold => _sold;

    /// <summary>Confirmed orders of this book.</summary>
    protected int Orders => _orders;

    /// <summary>The sale that orders of this book belong to.</summary>
    protected abstract long SaleId { get; }

    /// <summary>What this book may sell in all.</summary>
    protected abstract int Capacity { get; }

    /// <summary>The key of ledger chunk <paramref name="chunk"/> of this book.</summary>
    protected abstract string LedgerKey(int chunk);

    /// <summary>Called when a buy that passes every other check finds too little quota. True means "try again" (more
    /// quota may have arrived); the default has nowhere to get any.</summary>
    protected virtual ValueTask<bool> TryBorrowAsync(FlashSaleBuy request) => ValueTask.FromResult(false);

    /// <summary>Whether this book can get quota from elsewhere. A buyer over the per-user limit in such a book is told
    /// so even when the book itself has run out, since the sale as a whole may not have; a book that cannot borrow says
    /// "sold out" first, as an unsharded sale always did.</summary>
    protected virtual bool CanBorrow => false;

    /// <summary>Loads the book and settles what a crash left undecided. Touches no other book, so activations of
    /// several books never wait on each other.</summary>
    protected async Task ActivateBookAsync()
    {
        _numbers = new OrderNumberSource(GrainFactory, Clock, Options);
        if (S.Definition is null)
        {
            return;
        }

        await LoadLedgerAsync();
        await ReconcileAsync();
    }

    /// <summary>Writes the header (definition, flags, counters by reason) in turn with the ledger writes: one state may
    /// have only one write in flight.</summary>
    protected Task SaveHeaderAsync()
    {
        _headerDirty = true;
        return FlushAsync();
    }

    protected IReadOnlyDictionary<string, long> RejectionCounts() => new Dictionary<string, long>(S.Rejections);
}
