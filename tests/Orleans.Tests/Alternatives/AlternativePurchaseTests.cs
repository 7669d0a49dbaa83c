using Bench.Alternatives.Store;

namespace Orleans.Tests.Alternatives;

/// <summary>The purchase logic of the bench alternatives (docs/BENCHMARKS.md, "Flash sale, side by side") under real
/// concurrency against real servers: they must never oversell, or their figures would compare nothing.</summary>
public sealed class AlternativePurchaseTests
{
    [BenchStoreFact(StoreKind.Postgres)]
    public Task Relational_never_oversells_and_keeps_the_limit() => NeverOversellsAsync(StoreKind.Postgres);

    [BenchStoreFact(StoreKind.Redis)]
    public Task Cache_never_oversells_and_keeps_the_limit() => NeverOversellsAsync(StoreKind.Redis);

    [BenchStoreFact(StoreKind.Postgres)]
    public Task Relational_refusal_for_gold_leaves_stock_and_gold() => GoldRefusalAsync(StoreKind.Postgres);

    [BenchStoreFact(StoreKind.Redis)]
    public Task Cache_refusal_for_gold_gives_the_units_back() => GoldRefusalAsync(StoreKind.Redis);

    /// <summary>150 buyers, three buys each at once, 40 units, one per buyer: exactly 40 orders, no buyer twice,
    /// counters and order table agree.</summary>
    private static async Task NeverOversellsAsync(StoreKind kind)
    {
        await using var fixture = await AlternativeStoreFixture.CreateAsync(kind);
        var users = await fixture.UsersAsync(150, gold: 10);
        var sale = await fixture.SaleAsync(quota: 40, price: 2, limitPerUser: 1);

        var buys = users.SelectMany(user => Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
            fixture.Store.BuyAsync(new BuyRequest(sale, user, 1, 1), CancellationToken.None)))).ToList();
        var results = await Task.WhenAll(buys);

        var wins = results.Where(r => r.Outcome == BuyOutcome.Ok).ToList();
        Assert.Equal(40, wins.Count);
        Assert.Equal(40, wins.Select(w => w.OrderSn).Distinct().Count());
        Assert.All(results.Where(r => r.Outcome != BuyOutcome.Ok), r => Assert.Contains(r.Outcome, new[] { BuyOutcome.SoldOut, BuyOutcome.LimitReached }));

        var counters = await fixture.Store.CountersAsync(sale, CancellationToken.None);
        Assert.NotNull(counters);
        Assert.Equal((40, 0, 40L, 40L), (counters.Sold, counters.Remaining, counters.Orders, counters.OrderedUnits));
        var (orders, total) = await fixture.Database.ListOrdersAsync(sale, 2000, 1, CancellationToken.None);
        Assert.Equal(40, total);
        Assert.All(orders.GroupBy(o => o.UserId), g => Assert.Single(g));
        foreach (var buyer in orders.Select(o => o.UserId))
        {
            Assert.Equal(8, await fixture.Database.GoldAsync(buyer, CancellationToken.None));
        }
    }

    /// <summary>A buyer without enough gold is refused and nothing moves; the next buyer still gets the unit.</summary>
    private static async Task GoldRefusalAsync(StoreKind kind)
    {
        await using var fixture = await AlternativeStoreFixture.CreateAsync(kind);
        var users = await fixture.UsersAsync(2, gold: 0);
        await fixture.Database.CreditGoldAsync(users[1], 5, CancellationToken.None);
        var sale = await fixture.SaleAsync(quota: 1, price: 5, limitPerUser: 1);

        var poor = await fixture.Store.BuyAsync(new BuyRequest(sale, users[0], 1, 1), CancellationToken.None);
        Assert.Equal(BuyOutcome.NotEnoughGold, poor.Outcome);
        var after = await fixture.Store.CountersAsync(sale, CancellationToken.None);
        Assert.Equal((0, 1, 0L), (after!.Sold, after.Remaining, after.Orders));
        Assert.Equal(0, await fixture.Database.GoldAsync(users[0], CancellationToken.None));

        var rich = await fixture.Store.BuyAsync(new BuyRequest(sale, users[1], 1, 1), CancellationToken.None);
        Assert.Equal(BuyOutcome.Ok, rich.Outcome);
        Assert.Equal(0, await fixture.Database.GoldAsync(users[1], CancellationToken.None));
        Assert.Equal(BuyOutcome.SoldOut, (await fixture.Store.BuyAsync(new BuyRequest(sale, users[0], 1, 1), CancellationToken.None)).Outcome);
    }
}
