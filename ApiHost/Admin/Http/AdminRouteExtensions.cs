using Microsoft.AspNetCore.Http.Metadata;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Http;

/// <summary>How admin resources are mapped: one <see cref="MapAdminGroup"/> per resource gives it the envelope,
/// error handling, authentication, role checks and Swagger documentation; the endpoints stay one-liners.</summary>
public static class AdminRouteExtensions
{
    /// <summary>A route group under <paramref name="prefix"/> (e.g. "/v1/goods") whose endpoints need a signed-in
    /// admin: GET an operator at least, other methods a full admin (see <see cref="RequireAdminRole{TBuilder}"/>).</summary>
    public static RouteGroupBuilder MapAdminGroup(this IEndpointRouteBuilder routes, string prefix, string tag)
    {
        var group = routes.MapGroup(prefix);
        group.AddEndpointFilter<AdminErrorFilter>();
        group.AddEndpointFilter<AdminAuthFilter>();
        group.WithMetadata(AdminEndpointMetadata.Instance)
            .WithTags(tag)
            .DisableAntiforgery();
        foreach (var status in new[] { StatusCodes.Status400BadRequest, StatusCodes.Status401Unauthorized, StatusCodes.Status403Forbidden, StatusCodes.Status500InternalServerError })
        {
            group.WithMetadata(new ProducesResponseTypeMetadata(status, typeof(AdminReply), ["application/json"]));
        }

        return group;
    }

    /// <summary>Overrides the role the endpoint (or group) needs.</summary>
    public static TBuilder RequireAdminRole<TBuilder>(this TBuilder builder, AdminRole role)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new AdminRoleRequirement(role));

    /// <summary>No session needed (login only).</summary>
    public static TBuilder AllowAdminAnonymous<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(AdminAnonymousMetadata.Instance);

    /// <summary>A query answering <see cref="AdminQueryReply{T}"/>, paged by <c>__limit</c>/<c>__page</c>.</summary>
    public static RouteHandlerBuilder ProducesAdminPage<T>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(AdminPagingMetadata.Instance).Produces<AdminQueryReply<T>>();

    /// <summary>An answer with one record in <c>data</c> (creates and updates answer what they stored).</summary>
    public static RouteHandlerBuilder ProducesAdminSingle<T>(this RouteHandlerBuilder builder) =>
        builder.Produces<AdminQueryReply<T>>();

    /// <summary>An answer without data: <c>{"errCode":0,"message":"OK"}</c>.</summary>
    public static RouteHandlerBuilder ProducesAdminOk(this RouteHandlerBuilder builder) =>
        builder.Produces<AdminReply>();

    /// <summary>Documents the JSON body; endpoints read it with <see cref="AdminBody"/> for clean 400s.</summary>
    public static RouteHandlerBuilder AcceptsAdminJson<T>(this RouteHandlerBuilder builder)
        where T : notnull =>
        builder.Accepts<T>("application/json");
}
