namespace Orleans.Grains.Gateway;

public sealed class MaintenanceState
{
    public MaintenanceInfo? Info { get; set; }
}
