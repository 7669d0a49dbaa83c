namespace ApiHost.Admin.Http;

/// <summary>The JSON body type of an admin endpoint, for Swagger (see <see cref="AdminRouteExtensions.AcceptsAdminJson{T}"/>).</summary>
public sealed record AdminBodyMetadata(Type BodyType);
