namespace ApiHost.Admin.Upgrades;

/// <summary>Replaces a release row's fields (its platform and channel stay).</summary>
public sealed record UpgradeUpdateRequest(
    string AppV,
    int UpgradeWay,
    string AppTitle = "",
    string AppDesc = "",
    string AppUrl = "",
    bool DialogRepeat = false,
    bool Published = false,
    string? StartTime = null,
    string? EndTime = null);
