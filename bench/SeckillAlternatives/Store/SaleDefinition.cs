namespace Bench.Alternatives.Store;

/// <summary>A flash sale as the admin created it; never changed afterwards in the bench, so it is cached.</summary>
public sealed record SaleDefinition(long Id, long ProductId, int Quota, int Price, int LimitPerUser, DateTimeOffset StartTime, DateTimeOffset EndTime)
{
    /// <summary>The window check both designs do before touching stock.</summary>
    public BuyOutcome? WindowRejection(DateTimeOffset now) =>
        now < StartTime ? BuyOutcome.NotStarted : now >= EndTime ? BuyOutcome.Ended : null;
}
