namespace Orleans.Grains.Mall;

/// <summary>Sealed pages: written once each, read lazily and kept for the activation. Idempotency needs every
/// reference ever applied, so the first change of an activation reads the sealed pages once (point reads, not writes);
/// a list reads only the pages it shows.</summary>
public sealed partial class WalletGrain
{
    private readonly Dictionary<int, IReadOnlyList<WalletEntry>> _pages = [];
    private Dictionary<string, WalletEntry>? _byReference;

    public async Task<WalletPage> List(int page, int pageSize)
    {
        var skip = Math.Max(0, page - 1) * pageSize;
        var newestFirst = new List<WalletEntry>(pageSize);
        var newer = 0; // changes in the segments already passed
        for (var segment = state.State.SealedPages.Count; segment >= 0 && newestFirst.Count < pageSize; segment--)
        {
            var count = segment == state.State.SealedPages.Count ? state.State.Entries.Count : state.State.SealedPages[segment];
            if (newer + count > skip)
            {
                var entries = segment == state.State.SealedPages.Count ? state.State.Entries : await PageAsync(segment);
                for (var i = entries.Count - 1 - Math.Max(0, skip - newer); i >= 0 && newestFirst.Count < pageSize; i--)
                {
                    newestFirst.Add(entries[i]);
                }
            }

            newer += count;
        }

        return new WalletPage(newestFirst, state.State.SealedPages.Sum() + state.State.Entries.Count);
    }

    private async Task<Dictionary<string, WalletEntry>> ByReferenceAsync()
    {
        if (_byReference is null)
        {
            var sealedPages = await Task.WhenAll(Enumerable.Range(0, state.State.SealedPages.Count).Select(PageAsync));
            _byReference = sealedPages.SelectMany(p => p).Concat(state.State.Entries).ToDictionary(e => e.Reference, StringComparer.Ordinal);
        }

        return _byReference;
    }

    private async Task<IReadOnlyList<WalletEntry>> PageAsync(int index)
    {
        if (!_pages.TryGetValue(index, out var entries))
        {
            entries = await GrainFactory.GetGrain<IWalletPageGrain>(PageKey(index)).Load();
            _pages[index] = entries;
        }

        return entries;
    }

    /// <summary>Moves the row's changes into the next page, then records that in the row. A crash between the two
    /// leaves the same changes in the row, and the next seal saves the same page again, which the page accepts.</summary>
    private async Task SealAsync()
    {
        var index = state.State.SealedPages.Count;
        var entries = state.State.Entries;
        await GrainFactory.GetGrain<IWalletPageGrain>(PageKey(index)).Save(entries);
        state.State.SealedPages.Add(entries.Count);
        state.State.Entries = [];
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            state.State.SealedPages.RemoveAt(index);
            state.State.Entries = entries;
            throw;
        }

        _pages[index] = entries;
    }

    private string PageKey(int index) => $"{this.GetPrimaryKeyLong()}:{index}";
}
