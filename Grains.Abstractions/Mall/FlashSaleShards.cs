namespace Orleans.Grains.Mall;

/// <summary>How a sharded flash sale is laid out; shared by the sale grain, its shards and the API host, which routes a
/// buyer straight to the buyer's home shard so the sale grain stays off the hot path.</summary>
public static class FlashSaleShards
{
    /// <summary>Most shards a sale may have: one hot product spread over more grains than this gains nothing on any
    /// cluster we plan for, and each shard costs a grain call when a sale is read or stopped.</summary>
    public const int Max = 64;

    /// <summary>The key of shard <paramref name="index"/> of sale <paramref name="saleId"/>.</summary>
    public static string Key(long saleId, int index) => $"{saleId}:{index}";

    /// <summary>A buyer's home shard. Every buy of one user goes to the same shard, which makes that shard the one
    /// authority for the user's per-user limit and request tokens in this sale. The id is mixed first so that
    /// consecutive user ids spread evenly.</summary>
    public static int HomeOf(long userId, int count)
    {
        if (count <= 1)
        {
            return 0;
        }

        var mixed = unchecked((ulong)userId * 0x9E3779B97F4A7C15UL);
        mixed ^= mixed >> 29;
        return (int)(mixed % (ulong)count);
    }

    /// <summary>The part of <paramref name="quota"/> shard <paramref name="index"/> starts with; the parts add up to the quota.</summary>
    public static int Share(int quota, int count, int index) => (quota / count) + (index < quota % count ? 1 : 0);
}
