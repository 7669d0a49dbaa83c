namespace Orleans.Grains.Catalog;

/// <summary>The "last 30 days" of month_buy_count (seed 003: 近30天兑换数, 最近一月购买次数): a rolling window of
/// whole UTC days, today and the 29 before, so the count moves every day rather than dropping to 0 on the 1st.</summary>
public static class SalesWindow
{
    public const int Days = 30;

    /// <summary>Daily buckets kept: the window plus one, so an order placed just before midnight still lands in a
    /// kept bucket when it is recorded just after.</summary>
    public const int KeptDays = Days + 1;

    public static int DayOf(DateTimeOffset at) => (int)(at.ToUnixTimeSeconds() / 86_400);

    public static long InWindow(IEnumerable<GoodsSalesDay> days, DateTimeOffset now)
    {
        var today = DayOf(now);
        return days.Where(d => d.Day > today - Days && d.Day <= today).Sum(d => (long)d.Units);
    }
}
