namespace ApiHost.Admin.Http;

/// <summary>Marks an endpoint of an admin route group (for Swagger's security requirement).</summary>
public sealed class AdminEndpointMetadata
{
    public static AdminEndpointMetadata Instance { get; } = new();
}
