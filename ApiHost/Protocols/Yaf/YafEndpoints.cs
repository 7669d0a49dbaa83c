using ApiHost.Api;
using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.Yaf;

public static class YafEndpoints
{
    /// <summary>POST / and POST /api take the signed form; any other HTTP method answers 405.</summary>
    public static IEndpointRouteBuilder MapYafProtocol(this IEndpointRouteBuilder routes)
    {
        foreach (var path in new[] { "/", "/api" })
        {
            routes.MapPost(path, HandleAsync)
                .WithTags("Mobile protocol")
                .WithSummary("Signed mobile API (seed 003): form fields data (JSON) and sign (MD5). Try methods under /v1/dispatch.")
                .DisableAntiforgery()
                .Produces<YafEnvelope>();
            routes.MapMethods(path, ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"], MethodNotAllowed).ExcludeFromDescription();
        }

        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext context, YafRequestReader reader, YafGateway gateway, IOptions<YafOptions> options)
    {
        YafRawRequest raw;
        try
        {
            raw = await reader.ReadAsync(context.Request, context.RequestAborted);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Results.StatusCode(StatusCodes.Status413PayloadTooLarge);
        }
        catch (YafFailure failure)
        {
            return Results.Json(new YafEnvelope(failure.Code, failure.Message), ApiJson.Options);
        }

        var envelope = await gateway.HandleAsync(raw, ClientAddress.Of(context, options.Value.TrustForwardedFor), context.RequestAborted);
        return Results.Json(envelope, ApiJson.Options);
    }

    private static IResult MethodNotAllowed(HttpContext context)
    {
        context.Response.Headers.Allow = "POST";
        return Results.StatusCode(StatusCodes.Status405MethodNotAllowed);
    }
}
