namespace Orleans.Bench.Grains;

public sealed class SmallState
{
    public int Count { get; set; }

    public long LastSeen { get; set; }
}
