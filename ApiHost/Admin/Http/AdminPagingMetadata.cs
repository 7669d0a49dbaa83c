namespace ApiHost.Admin.Http;

/// <summary>An admin query that takes <c>__limit</c>/<c>__page</c> (documented in Swagger).</summary>
public sealed class AdminPagingMetadata
{
    public static AdminPagingMetadata Instance { get; } = new();
}
