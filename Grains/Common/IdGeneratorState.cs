namespace Orleans.Grains.Common;

public sealed class IdGeneratorState
{
    /// <summary>The last number handed out.</summary>
    public long Last { get; set; }
}
