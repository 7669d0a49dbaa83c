namespace ApiHost.Admin.Http;

/// <summary>An admin endpoint that needs no session (login).</summary>
public sealed class AdminAnonymousMetadata
{
    public static AdminAnonymousMetadata Instance { get; } = new();
}
