using Orleans;
using Orleans.Grains.Admin;

namespace ApiHost.Admin.Http;

/// <summary>Turns the request's session token (<c>X-Auth-Token</c> header, else <c>__token</c> query parameter)
/// into the signed-in admin, or a 401.</summary>
public sealed class AdminAuthenticator(IGrainFactory grains)
{
    public const string HeaderName = "X-Auth-Token";
    public const string QueryName = "__token";

    public async Task<AdminPrincipal> AuthenticateAsync(HttpRequest request)
    {
        var token = Single(request.Headers[HeaderName]) ?? Single(request.Query[QueryName]);
        if (string.IsNullOrEmpty(token))
        {
            throw new AdminException(StatusCodes.Status401Unauthorized, AdminErrorCodes.NotSignedIn,
                $"not signed in: send the token of POST /v1/login in the {HeaderName} header or the {QueryName} query parameter");
        }

        if (token.Length <= AdminSessionToken.MaxLength)
        {
            var hash = AdminSessionToken.Hash(token);
            if (await grains.GetGrain<IAdminSessionGrain>(hash).Check() is { } session)
            {
                return new AdminPrincipal(session.Username, session.Role, hash);
            }
        }

        throw new AdminException(StatusCodes.Status401Unauthorized, AdminErrorCodes.TokenInvalid, "token invalid or expired: sign in again");
    }

    private static string? Single(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 1 ? values[0] : null;
}
