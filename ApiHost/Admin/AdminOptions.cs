namespace ApiHost.Admin;

/// <summary>Admin API settings, bound from the "Admin" configuration section. The bootstrap password may also come
/// from the top-level key (or environment variable) <c>ADMIN_PASSWORD</c>, which wins.</summary>
public sealed class AdminOptions
{
    /// <summary>Password of the bootstrap admin "admin", used only when that account is first created.</summary>
    public string? Password { get; set; }

    /// <summary>The appid that POST /v1/dispatch signs with when the caller names none. Default ios_app_id.</summary>
    public string DispatchAppId { get; set; } = "ios_app_id";
}
