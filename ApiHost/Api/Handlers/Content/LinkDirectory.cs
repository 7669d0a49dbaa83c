namespace ApiHost.Api.Handlers.Content;

/// <summary>The key of the one link directory grain.</summary>
public static class LinkDirectory
{
    public const string Key = "default";
}
