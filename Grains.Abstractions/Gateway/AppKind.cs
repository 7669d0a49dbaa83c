namespace Orleans.Grains.Gateway;

/// <summary>Who holds an appid: a mobile app build, the admin console, or an activity (campaign) page.</summary>
public enum AppKind
{
    App,
    Admin,
    Activity,
}
