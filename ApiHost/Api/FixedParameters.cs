namespace ApiHost.Api;

/// <summary>The fixed parameters every call carries (seed 003, section 1.3.2).</summary>
public sealed record FixedParameters(
    string Method,
    string Version,
    string AppId,
    long Timestamp,
    string UniqueId,
    string AppVersion,
    int Platform,
    string Channel,
    string DeviceToken)
{
    /// <summary>iOS and Android share the long-lived "app" session slot; H5 and web the short "web" one.</summary>
    public bool IsAppPlatform => Platform is 1 or 2;
}
