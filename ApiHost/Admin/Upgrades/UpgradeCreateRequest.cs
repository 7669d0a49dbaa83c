namespace ApiHost.Admin.Upgrades;

/// <summary>A new release row for <c>platform</c> 1 (iOS) or 2 (Android) and <c>channel</c> ("" = default; else up
/// to 32 letters, digits, "_", "-", "."). <c>app_v</c> is a dotted numeric version ("1.0.1"). Unpublished until
/// <c>published</c> is true.</summary>
public sealed record UpgradeCreateRequest(
    int Platform,
    string AppV,
    int UpgradeWay,
    string Channel = "",
    string AppTitle = "",
    string AppDesc = "",
    string AppUrl = "",
    bool DialogRepeat = false,
    bool Published = false,
    string? StartTime = null,
    string? EndTime = null);
