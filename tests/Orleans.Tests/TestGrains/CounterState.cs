namespace Orleans.Tests.TestGrains;

public sealed class CounterState
{
    public int Count { get; set; }
}
