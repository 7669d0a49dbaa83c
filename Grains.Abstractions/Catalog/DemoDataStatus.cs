namespace Orleans.Grains.Catalog;

public enum DemoDataStatus
{
    NotStarted,

    /// <summary>Seeding began and may have been cut short; seeding again completes it (contributors are idempotent).</summary>
    Started,

    /// <summary>Seeded, or skipped because the store already held data: never seeded again.</summary>
    Done,
}
