namespace ApiHost.Admin.Http;

/// <summary>Authenticates every admin endpoint that is not marked anonymous, then checks the role it needs
/// (<see cref="AdminRoleRequirement"/>): 401 without a valid session, 403 for a role too low.</summary>
public sealed class AdminAuthFilter(AdminAuthenticator authenticator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<AdminAnonymousMetadata>() is null)
        {
            var principal = await authenticator.AuthenticateAsync(http.Request);
            var required = AdminRoleRequirement.For(endpoint, http.Request.Method);
            if (principal.Role < required)
            {
                throw new AdminException(StatusCodes.Status403Forbidden, AdminErrorCodes.Forbidden, $"role {required} required; you are {principal.Role}");
            }

            http.SetAdmin(principal);
        }

        return await next(context);
    }
}
