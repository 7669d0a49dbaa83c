using ApiHost.Admin.Http;
using Orleans.Grains.Gateway;

namespace ApiHost.Admin.Maintenance;

/// <summary>The maintenance switch as admins see it.</summary>
/// <param name="Enabled">Whether clients' writes are refused.</param>
/// <param name="Message">The answer of refused writes.</param>
/// <param name="ChangedAt">When the switch was last set (yyyy-MM-dd HH:mm:ss, China time); absent when never.</param>
public sealed record MaintenanceItem(bool Enabled, string Message, string? ChangedAt)
{
    public static MaintenanceItem From(MaintenanceInfo info) => new(info.Enabled, info.Message, AdminTime.Format(info.ChangedAt));
}
