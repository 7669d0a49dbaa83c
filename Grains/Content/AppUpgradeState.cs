namespace Orleans.Grains.Content;

public sealed class AppUpgradeState
{
    public List<AppUpgradeRow> Rows { get; set; } = [];
}
