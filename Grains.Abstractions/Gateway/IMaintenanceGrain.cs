namespace Orleans.Grains.Gateway;

/// <summary>The one maintenance switch of the deployment (key "default"), durable so that a restart during
/// maintenance stays in maintenance.</summary>
public interface IMaintenanceGrain : IGrainWithStringKey
{
    Task<MaintenanceInfo> Get();

    /// <summary>Stores the switch; answers only once the write is durable.</summary>
    Task<MaintenanceInfo> Set(bool enabled, string message);
}
