namespace Orleans.Grains.Mall;

/// <summary>The ledger: reservations in chunks, written by coalesced flushes. While one flush is in flight, every
/// change waits for the next one, which then carries all of them in one round of (group-committed) writes.</summary>
public abstract partial class FlashSaleQuotaGrain<TState>
{
    private readonly HashSet<int> _dirtyChunks = [];

    // The version of each chunk as this activation last loaded or saved it. A save names it, and the chunk refuses
    // a save from a view that is not current: two activations of one book (silos that briefly disagree on the owner)
    // cannot overwrite each other's reservations; the one that writes second fails, deactivates and reloads.
    private readonly List<long> _chunkVersions = [];
    private bool _headerDirty;
    private Task? _flushing;
    private TaskCompletionSource? _nextFlush;

    private SaleOrder Append(FlashSaleLedgerEntry entry)
    {
        if (_chunks.Count == 0 || _chunks[^1].Count >= Options.LedgerChunkSize)
        {
            _chunks.Add([]);
            S.ChunkCount = _chunks.Count;
            _headerDirty = true;
        }

        var order = new SaleOrder(entry, _chunks.Count - 1);
        _chunks[^1].Add(order);
        _bySn[order.OrderSn] = order;
        _byRequest[order.RequestKey] = order;
        _dirtyChunks.Add(order.Chunk);
        if (order.State == LedgerEntryState.Confirmed)
        {
            _orders++;
        }

        return order;
    }

    private void Confirm(SaleOrder order)
    {
        if (order.State == LedgerEntryState.Reserved)
        {
            order.State = LedgerEntryState.Confirmed;
            _orders++;
            _dirtyChunks.Add(order.Chunk);
        }
    }

    /// <summary>Takes back the quantity of a closed order of this book, once; false when the order is not in this book.</summary>
    protected async Task<bool> ReturnToBookAsync(string orderSn)
    {
        if (!_bySn.TryGetValue(orderSn, out var order))
        {
            return false;
        }

        if (order.Holds)
        {
            Return(order);
            await FlushAsync();
        }

        return true;
    }

    private void Return(SaleOrder order)
    {
        if (!order.Holds)
        {
            return;
        }

        if (order.State == LedgerEntryState.Confirmed)
        {
            _orders--;
        }

        order.State = LedgerEntryState.Returned;
        Hold(order.UserId, order.Quantity, -1);
        _dirtyChunks.Add(order.Chunk);
    }

    protected Task FlushAsync()
    {
        if (_flushing is null || _flushing.IsCompleted)
        {
            _flushing = FlushLoopAsync(completion: null);
            return _flushing;
        }

        _nextFlush ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _nextFlush.Task;
    }

    private async Task FlushLoopAsync(TaskCompletionSource? completion)
    {
        try
        {
            await WriteDirtyAsync();
            completion?.TrySetResult();
        }
        catch (Exception exception) when (completion is not null)
        {
            completion.TrySetException(exception);
        }
        finally
        {
            var next = _nextFlush;
            _nextFlush = null;
            _flushing = next is null ? null : FlushLoopAsync(next);
        }
    }

    private async Task WriteDirtyAsync()
    {
        // Snapshot synchronously: changes made while these writes are in flight belong to the next flush.
        var chunks = _dirtyChunks.Select(c => (Index: c, Entries: _chunks[c].Select(o => o.ToEntry()).ToList())).ToList();
        _dirtyChunks.Clear();
        var writeHeader = _headerDirty;
        _headerDirty = false;
        var writes = chunks.Select(c => SaveChunkAsync(c.Index, c.Entries)).ToList();
        if (writeHeader)
        {
            writes.Add(_state.WriteStateAsync());
        }

        try
        {
            await Task.WhenAll(writes);
        }
        catch
        {
            _dirtyChunks.UnionWith(chunks.Select(c => c.Index));
            _headerDirty |= writeHeader;
            throw;
        }
    }

    private async Task SaveChunkAsync(int chunk, IReadOnlyList<FlashSaleLedgerEntry> entries)
    {
        while (_chunkVersions.Count <= chunk)
        {
            _chunkVersions.Add(0); // a chunk nobody has written yet
        }

        _chunkVersions[chunk] = await GrainFactory.GetGrain<IFlashSaleLedgerGrain>(LedgerKey(chunk)).Save(entries, _chunkVersions[chunk]);
    }

    /// <summary>Sold units and confirmed orders as the ledger in storage has them. Normally this activation's own
    /// counters: it checks that the last chunk it knows is at the version it knows and that no chunk follows. When
    /// another activation of this book wrote past it (silos that briefly disagreed on the owner), the counts come from
    /// the chunks themselves and this activation goes away, so the next call reloads.</summary>
    protected async Task<(int Sold, int Orders)> CurrentCountsAsync()
    {
        var known = _chunkVersions.Count;
        var nextRead = GrainFactory.GetGrain<IFlashSaleLedgerGrain>(LedgerKey(known)).LoadStored();
        var last = known == 0 ? null : await GrainFactory.GetGrain<IFlashSaleLedgerGrain>(LedgerKey(known - 1)).LoadStored();
        var next = await nextRead;
        if (next.Version == 0 && (last is null || last.Version == _chunkVersions[known - 1]))
        {
            return (Sold, Orders);
        }

        DeactivateOnIdle();
        var (sold, orders) = (0, 0);
        for (var chunk = 0; ; chunk++)
        {
            var stored = await GrainFactory.GetGrain<IFlashSaleLedgerGrain>(LedgerKey(chunk)).LoadStored();
            if (stored.Version == 0)
            {
                return (sold, orders);
            }

            sold += stored.Entries.Where(e => e.State != LedgerEntryState.Returned).Sum(e => e.Quantity);
            orders += stored.Entries.Count(e => e.State == LedgerEntryState.Confirmed);
        }
    }

    private async Task LoadLedgerAsync()
    {
        // From storage, not from the chunks' activations: while silos disagree on owners, a chunk may have a second,
        // stale activation, and a book loaded from it would miss reservations (and count too few) without noticing.
        var chunks = await Task.WhenAll(Enumerable.Range(0, S.ChunkCount)
            .Select(c => GrainFactory.GetGrain<IFlashSaleLedgerGrain>(LedgerKey(c)).LoadStored()));
        _chunkVersions.Clear();
        _chunkVersions.AddRange(chunks.Select(c => c.Version));
        foreach (var entry in chunks.SelectMany(c => c.Entries))
        {
            if (_chunks.Count == 0 || _chunks[^1].Count >= Options.LedgerChunkSize)
            {
                _chunks.Add([]);
            }

            var order = new SaleOrder(entry, _chunks.Count - 1);
            _chunks[^1].Add(order);
            _bySn[order.OrderSn] = order;
            _byRequest[order.RequestKey] = order;
            if (order.Holds)
            {
                Hold(order.UserId, order.Quantity, +1);
            }

            if (order.State == LedgerEntryState.Confirmed)
            {
                _orders++;
            }
        }

        _dirtyChunks.Clear();
    }

    /// <summary>Reservations a crash left undecided: kept when their order is durable, given back (with any gold taken) when not.</summary>
    private async Task ReconcileAsync()
    {
        foreach (var order in _bySn.Values.Where(o => o.State == LedgerEntryState.Reserved).ToList())
        {
            if (await GrainFactory.GetGrain<IOrderGrain>(order.OrderSn).GetOrAbandon() is { } stored)
            {
                if (stored.Status == OrderStatus.Closed)
                {
                    Return(order);
                }
                else
                {
                    Confirm(order);
                }
            }
            else
            {
                await GrainFactory.GetGrain<IWalletGrain>(order.UserId).Refund(order.OrderSn, "秒杀未成交退还金币");
                Return(order);
            }
        }

        if (_dirtyChunks.Count > 0)
        {
            await FlushAsync();
        }
    }
}
