namespace ApiHost.Protocols.Maintenance;

/// <summary>Maintenance mode, bound from the "Maintenance" section.</summary>
public sealed class MaintenanceOptions
{
    /// <summary>How long an API host trusts its cached switch before asking the grain again. The host that flips the
    /// switch updates its cache at once; other hosts follow within this time. Default 1 second.</summary>
    public TimeSpan Refresh { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The answer to refused writes when the admin gave no message.</summary>
    public string DefaultMessage { get; set; } = "系统维护中，请稍后再试";
}
