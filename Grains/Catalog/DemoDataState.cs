namespace Orleans.Grains.Catalog;

public sealed class DemoDataState
{
    public DemoDataStatus Status { get; set; }
}
