namespace Orleans.Grains.Common;

/// <summary>A durable sequence, keyed by its name ("user", "file", "order-sn:20261122"). Numbers are never handed out
/// twice, also across restarts; a restart may skip numbers of a block that was not used up.</summary>
public interface IIdGeneratorGrain : IGrainWithStringKey
{
    /// <summary>The next number (1, 2, ...).</summary>
    Task<long> Next();

    /// <summary>Reserves <paramref name="size"/> consecutive numbers with one durable write; answers the first.</summary>
    Task<long> NextBlock(int size);
}
