namespace Orleans.Bench.Grains;

public sealed class WriterState
{
    public int Value { get; set; }

    public int Writes { get; set; }

    public string Note { get; set; } = "";
}
