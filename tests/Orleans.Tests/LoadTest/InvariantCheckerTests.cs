using Orleans.Tools.LoadTest.Checks;

namespace Orleans.Tests.LoadTest;

public sealed class InvariantCheckerTests
{
    private static readonly SaleCounters Sale = new(Id: 9, ProductId: 33, Quota: 5, Sold: 4, Remaining: 1, Orders: 3);

    /// <summary>Three open orders (users 1, 2, 3; 4 units) and a closed one that gave its unit back.</summary>
    private static readonly OrderRecord[] Orders =
    [
        new("SN1", 1, 9, 1, 1),
        new("SN2", 2, 9, 1, 2),
        new("SN3", 3, 9, 2, 1),
        new("SN4", 3, 9, OrderRecord.Closed, 1),
    ];

    private static InvariantCheck Find(InvariantReport report, string name) => Assert.Single(report.Checks, c => c.Name == name);

    [Fact]
    public void Consistent_books_pass_every_check()
    {
        var report = InvariantChecker.Check(Sale, Orders, reportedTotal: 4, limitPerUser: 2, acknowledged: ["SN1", "SN2", "SN4"]);
        Assert.True(report.Passed, string.Join("; ", report.Checks.Select(c => $"{c.Name}: {c.Detail}")));
        Assert.Equal(5, report.Checks.Count);
    }

    [Fact]
    public void Selling_more_than_the_quota_is_oversell()
    {
        var oversold = Sale with { Quota = 3 };
        var report = InvariantChecker.Check(oversold, Orders, 4, 2, []);
        Assert.False(report.Passed);
        Assert.False(Find(report, InvariantChecker.NoOversell).Passed);
        Assert.Contains("quota 3", Find(report, InvariantChecker.NoOversell).Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Orders_holding_more_units_than_the_quota_are_oversell_even_when_the_counter_says_otherwise()
    {
        var extra = Orders.Append(new OrderRecord("SN5", 4, 9, 1, 2)).ToArray();
        var report = InvariantChecker.Check(Sale, extra, 5, 2, []);
        Assert.False(Find(report, InvariantChecker.NoOversell).Passed);
        Assert.False(Find(report, InvariantChecker.UnitsMatchSold).Passed);
    }

    [Fact]
    public void Units_in_orders_differing_from_the_sold_counter_fail()
    {
        var report = InvariantChecker.Check(Sale with { Sold = 3 }, Orders, 4, 2, []);
        Assert.True(Find(report, InvariantChecker.NoOversell).Passed);
        var check = Find(report, InvariantChecker.UnitsMatchSold);
        Assert.False(check.Passed);
        Assert.Contains("units in 3 open orders 4, sale counter sold 3", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void A_user_above_the_limit_is_named()
    {
        var report = InvariantChecker.Check(Sale, Orders, 4, limitPerUser: 1, []);
        var check = Find(report, InvariantChecker.PerUserLimit);
        Assert.False(check.Passed);
        Assert.Contains("userid 2 has 2", check.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("userid 3", check.Detail, StringComparison.Ordinal); // its closed order does not count
    }

    [Fact]
    public void Without_a_limit_the_limit_check_passes()
    {
        Assert.True(Find(InvariantChecker.Check(Sale, Orders, 4, 0, []), InvariantChecker.PerUserLimit).Passed);
    }

    [Fact]
    public void An_acknowledged_order_missing_from_the_list_fails()
    {
        var report = InvariantChecker.Check(Sale, Orders, 4, 2, ["SN1", "SN404"]);
        var check = Find(report, InvariantChecker.AcknowledgedExist);
        Assert.False(check.Passed);
        Assert.Contains("1 of 2", check.Detail, StringComparison.Ordinal);
        Assert.Contains("SN404", check.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void An_incomplete_list_duplicates_and_foreign_orders_fail_the_list_check()
    {
        Assert.False(Find(InvariantChecker.Check(Sale, Orders, reportedTotal: 6, 2, []), InvariantChecker.OrderListComplete).Passed);

        var duplicated = Orders.Append(Orders[0]).ToArray();
        var duplicateCheck = Find(InvariantChecker.Check(Sale with { Sold = 5 }, duplicated, 5, 2, []), InvariantChecker.OrderListComplete);
        Assert.False(duplicateCheck.Passed);
        Assert.Contains("SN1", duplicateCheck.Detail, StringComparison.Ordinal);

        var foreign = Orders.Append(new OrderRecord("SNX", 8, 10, OrderRecord.Closed, 1)).ToArray();
        Assert.False(Find(InvariantChecker.Check(Sale, foreign, 5, 2, []), InvariantChecker.OrderListComplete).Passed);
    }

    [Fact]
    public void Many_offenders_are_shortened_to_a_few_examples()
    {
        var orders = Enumerable.Range(1, 20).Select(i => new OrderRecord($"SN{i}", i, 9, 1, 2)).ToArray();
        var check = Find(InvariantChecker.Check(new SaleCounters(9, 33, 100, 40, 60, 20), orders, 20, 1, []), InvariantChecker.PerUserLimit);
        Assert.StartsWith("20 users above 1", check.Detail, StringComparison.Ordinal);
        Assert.EndsWith(", ...", check.Detail, StringComparison.Ordinal);
    }
}
