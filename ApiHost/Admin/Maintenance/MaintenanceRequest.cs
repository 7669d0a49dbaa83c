namespace ApiHost.Admin.Maintenance;

/// <summary>Body of PUT /v1/maintenance.</summary>
/// <param name="Enabled">True: clients' writes are refused and every client answer carries Server-Status.</param>
/// <param name="Message">What refused clients are told (at most 200 characters); a default when left out.</param>
public sealed record MaintenanceRequest(bool Enabled, string? Message = null);
