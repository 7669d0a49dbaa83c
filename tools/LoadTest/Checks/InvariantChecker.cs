using System.Globalization;

namespace Orleans.Tools.LoadTest.Checks;

/// <summary>Checks a flash sale's books after a run, from what the admin API reports and what buyers were told.
/// A pure function of its inputs, so every failure kind is testable with crafted data.</summary>
public static class InvariantChecker
{
    public const string NoOversell = "no oversell";
    public const string UnitsMatchSold = "orders == units sold";
    public const string OrderListComplete = "order list complete";
    public const string PerUserLimit = "per-user limit";
    public const string AcknowledgedExist = "acknowledged orders exist";

    private const int ExamplesShown = 5;

    /// <param name="sale">Counters from <c>GET /v1/seckills/{id}</c>.</param>
    /// <param name="orders">Every record of <c>GET /v1/orders?seckill_id=..</c>.</param>
    /// <param name="reportedTotal">The list's <c>count</c>.</param>
    /// <param name="limitPerUser">The sale's limit in units per user (0 = none).</param>
    /// <param name="acknowledged">order_sn of every successful seckill.buy answer of the run.</param>
    public static InvariantReport Check(SaleCounters sale, IReadOnlyList<OrderRecord> orders, long reportedTotal, int limitPerUser, IReadOnlyCollection<string> acknowledged)
    {
        ArgumentNullException.ThrowIfNull(sale);
        ArgumentNullException.ThrowIfNull(orders);
        ArgumentNullException.ThrowIfNull(acknowledged);
        var holding = orders.Where(o => o.Holds).ToList();
        var units = holding.Sum(o => (long)o.Quantity);
        var checks = new List<InvariantCheck>
        {
            new(NoOversell, sale.Sold <= sale.Quota && units <= sale.Quota, $"sold {N(sale.Sold)}, units in orders {N(units)}, quota {N(sale.Quota)}"),
            new(UnitsMatchSold, units == sale.Sold, $"units in {N(holding.Count)} open orders {N(units)}, sale counter sold {N(sale.Sold)}"),
            ListComplete(sale, orders, reportedTotal),
            Limit(holding, limitPerUser),
            Acknowledged(orders, acknowledged),
        };
        return new InvariantReport(checks);
    }

    /// <summary>The listing is what we check against: every record counted by the API was read, no order_sn twice,
    /// and each belongs to this sale.</summary>
    private static InvariantCheck ListComplete(SaleCounters sale, IReadOnlyList<OrderRecord> orders, long reportedTotal)
    {
        var duplicates = orders.GroupBy(o => o.OrderSn, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var foreign = orders.Where(o => o.SeckillId != 0 && o.SeckillId != sale.Id).Select(o => o.OrderSn).ToList();
        var problems = new List<string>();
        if (orders.Count != reportedTotal)
        {
            problems.Add($"read {N(orders.Count)} of {N(reportedTotal)} listed");
        }

        if (duplicates.Count > 0)
        {
            problems.Add($"{N(duplicates.Count)} order_sn listed twice: {Examples(duplicates)}");
        }

        if (foreign.Count > 0)
        {
            problems.Add($"{N(foreign.Count)} orders of another sale: {Examples(foreign)}");
        }

        return problems.Count == 0
            ? new InvariantCheck(OrderListComplete, true, $"{N(orders.Count)} orders read, as listed")
            : new InvariantCheck(OrderListComplete, false, string.Join("; ", problems));
    }

    private static InvariantCheck Limit(IReadOnlyList<OrderRecord> holding, int limitPerUser)
    {
        var perUser = holding.GroupBy(o => o.UserId).Select(g => (User: g.Key, Units: g.Sum(o => (long)o.Quantity))).ToList();
        if (limitPerUser <= 0)
        {
            return new InvariantCheck(PerUserLimit, true, $"no limit; {N(perUser.Count)} buyers");
        }

        var over = perUser.Where(u => u.Units > limitPerUser).OrderByDescending(u => u.Units).ToList();
        return over.Count == 0
            ? new InvariantCheck(PerUserLimit, true, $"{N(perUser.Count)} buyers, none above {N(limitPerUser)}")
            : new InvariantCheck(PerUserLimit, false, $"{N(over.Count)} users above {N(limitPerUser)}: {Examples(over.Select(u => $"userid {u.User} has {u.Units}"))}");
    }

    private static InvariantCheck Acknowledged(IReadOnlyList<OrderRecord> orders, IReadOnlyCollection<string> acknowledged)
    {
        var listed = orders.Select(o => o.OrderSn).ToHashSet(StringComparer.Ordinal);
        var missing = acknowledged.Where(sn => !listed.Contains(sn)).ToList();
        return missing.Count == 0
            ? new InvariantCheck(AcknowledgedExist, true, $"all {N(acknowledged.Count)} order_sn answered to buyers are listed")
            : new InvariantCheck(AcknowledgedExist, false, $"{N(missing.Count)} of {N(acknowledged.Count)} order_sn answered to buyers are not listed: {Examples(missing)}");
    }

    private static string Examples(IEnumerable<string> items)
    {
        var list = items.ToList();
        return string.Join(", ", list.Take(ExamplesShown)) + (list.Count > ExamplesShown ? ", ..." : string.Empty);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
