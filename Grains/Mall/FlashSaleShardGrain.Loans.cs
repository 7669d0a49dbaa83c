namespace Orleans.Grains.Mall;

/// <summary>Hand-off between shards. A shard short of quota probes the others (from memory) and borrows from one with
/// spare: the lender records the loan durably before it answers, so the quota leaves it before the borrower can sell
/// it, and the sale as a whole never sells more than its quota. The borrower records the loan too; if a crash loses
/// that record, the lender's list of loans (sent with the next probe) brings it back. A lender that has nothing to
/// spare is not asked again for <see cref="ExhaustedFor"/>, so once the whole sale is sold out a buyer is refused from
/// memory without a call. Borrows of one shard run one at a time; buyers arriving meanwhile wait for that one.</summary>
public sealed partial class FlashSaleShardGrain
{
    /// <summary>How long a shard that had nothing to spare is left alone. Quota comes back to a shard only when an order
    /// is closed or a buy fails, which is rare once a sale has sold out; a second later its peers look again.</summary>
    public static readonly TimeSpan ExhaustedFor = TimeSpan.FromSeconds(1);

    private readonly Dictionary<int, DateTimeOffset> _exhaustedUntil = [];
    private Task<bool>? _borrowing;
    private bool _loansChecked;
    private int _lent;
    private int _borrowed;

    protected override bool CanBorrow => true;

    public Task<QuotaOffer> Probe(int borrower, int knownLoans)
    {
        var loans = S.Lent.Values.Where(l => l.Borrower == borrower).ToList();
        return Task.FromResult(new QuotaOffer(Math.Max(0, Capacity - Sold), loans.Count == knownLoans ? [] : loans));
    }

    public async Task<int> Lend(QuotaRequest request)
    {
        if (S.Lent.TryGetValue(request.LoanId, out var earlier))
        {
            return earlier.Quantity;
        }

        var spare = Capacity - Sold;
        if (S.Definition is null || request.Needed < 1 || spare < request.Needed)
        {
            return 0;
        }

        // Half of what is spare (at least what is needed) so the lender's own buyers are not left with nothing at once.
        var granted = Math.Min(spare, Math.Max(request.Needed, Math.Min(request.Wanted, spare / 2)));
        S.Lent[request.LoanId] = new QuotaLoan(request.LoanId, S.Index, request.Borrower, granted);
        _lent += granted;
        try
        {
            await SaveHeaderAsync();
        }
        catch
        {
            // Whether the loan is stored is unknown: keep it out of this shard's quota (never sold twice) and let the
            // next activation read what storage holds; the borrower takes it in from a probe if it is there.
            DeactivateOnIdle();
            throw;
        }

        return granted;
    }

    protected override async ValueTask<bool> TryBorrowAsync(FlashSaleBuy request)
    {
        if (_borrowing is { } running)
        {
            await running;
            return true;
        }

        var count = S.Definition!.Shards;
        var now = Clock.GetUtcNow();
        var lenders = Enumerable.Range(1, count - 1).Select(offset => (S.Index + offset) % count)
            .Where(j => !_exhaustedUntil.TryGetValue(j, out var until) || until <= now)
            .ToList();
        if (lenders.Count == 0)
        {
            return false;
        }

        _borrowing = BorrowAsync(lenders, request.Quantity);
        try
        {
            return await _borrowing;
        }
        finally
        {
            _borrowing = null;
        }
    }

    private async Task<bool> BorrowAsync(IReadOnlyList<int> lenders, int needed)
    {
        var wanted = Math.Max(needed, S.Share / 4);
        foreach (var j in lenders)
        {
            var lender = GrainFactory.GetGrain<IFlashSaleShardGrain>(FlashSaleShards.Key(S.SaleId, j));
            var offer = await lender.Probe(S.Index, S.Borrowed.Values.Count(l => l.Lender == j));
            var gained = TakeIn(offer.LoansToYou);
            if (offer.Spare >= needed)
            {
                var loanId = $"{S.Index}<{j}:{Guid.NewGuid():N}";
                var granted = await lender.Lend(new QuotaRequest(loanId, S.Index, needed, wanted));
                gained |= TakeIn([new QuotaLoan(loanId, j, S.Index, granted)]);
            }

            if (gained)
            {
                await SaveHeaderAsync();
                return true;
            }

            _exhaustedUntil[j] = Clock.GetUtcNow() + ExhaustedFor;
        }

        return false;
    }

    /// <summary>Once per activation, before counters are reported: takes in loans the lenders hold but a crash kept
    /// this shard from recording, so the breakdown adds up without waiting for the next borrow. Not done while
    /// activating, where two shards asking each other could each wait for the other's activation.</summary>
    private async Task CheckLoansOnceAsync()
    {
        if (_loansChecked || S.Definition!.Shards < 2)
        {
            return;
        }

        var count = S.Definition.Shards;
        var offers = await Task.WhenAll(Enumerable.Range(1, count - 1).Select(offset => (S.Index + offset) % count).Select(j =>
            GrainFactory.GetGrain<IFlashSaleShardGrain>(FlashSaleShards.Key(S.SaleId, j)).Probe(S.Index, S.Borrowed.Values.Count(l => l.Lender == j))));
        _loansChecked = true;
        if (TakeIn(offers.SelectMany(o => o.LoansToYou)))
        {
            await SaveHeaderAsync();
        }
    }

    /// <summary>Adds loans this shard did not know of; true if any added quota.</summary>
    private bool TakeIn(IEnumerable<QuotaLoan> loans)
    {
        var gained = false;
        foreach (var loan in loans.Where(l => l.Quantity > 0 && l.Borrower == S.Index && !S.Borrowed.ContainsKey(l.LoanId)))
        {
            S.Borrowed[loan.LoanId] = loan;
            _borrowed += loan.Quantity;
            gained = true;
        }

        return gained;
    }

    private void CountLoans()
    {
        _lent = S.Lent.Values.Sum(l => l.Quantity);
        _borrowed = S.Borrowed.Values.Sum(l => l.Quantity);
    }
}
