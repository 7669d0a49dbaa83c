using System.Globalization;
using ApiHost.Api;
using ApiHost.Protocols.Yaf;
using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.Dialects;

/// <summary>The steps every REST dialect takes: route to method, parameters, handler, verb, token and paging, run,
/// envelope. Mapped on <c>/prefix/{**path}</c> for every verb so that a wrong verb gets the dialect's own 405.</summary>
public static class RestDialectPipeline
{
    public static RouteHandlerBuilder MapRestDialect<TDialect>(this IEndpointRouteBuilder routes, string prefix)
        where TDialect : class, IRestDialect =>
        routes.Map(prefix.TrimEnd('/') + "/{**path}", (string? path, HttpContext context) =>
                HandleAsync(context, path, context.RequestServices.GetRequiredService<TDialect>()))
            .DisableAntiforgery()
            .ExcludeFromDescription();

    public static async Task<IResult> HandleAsync(HttpContext context, string? path, IRestDialect dialect)
    {
        var request = context.Request;
        var services = context.RequestServices;
        var method = RestRequestReader.MethodOf(path);
        if (method is null)
        {
            return dialect.Refuse(StatusCodes.Status404NotFound, "接口不存在");
        }

        if (!RestVerbs.Known.Any(v => HttpMethods.Equals(v, request.Method)))
        {
            context.Response.Headers.Allow = string.Join(", ", RestVerbs.Known);
            return dialect.Refuse(StatusCodes.Status405MethodNotAllowed, "请求方法错误");
        }

        var invoker = services.GetRequiredService<DialectInvoker>();
        RestInput? input = null;
        try
        {
            input = await services.GetRequiredService<RestRequestReader>().ReadAsync(request, method, context.RequestAborted);
            var refusal = await services.GetRequiredService<DialectAccess>().RefusalAsync(TakeAppId(request, input), dialect.Name);
            if (refusal is not null)
            {
                return dialect.Render(new DialectOutcome(DialectStatus.AppNotAllowed, refusal, ApiErrorKind.Forbidden), input);
            }

            var handler = invoker.Find(input.Method, input.Version);
            if (handler is null)
            {
                return dialect.Refuse(StatusCodes.Status404NotFound, "接口不存在");
            }

            if (!RestVerbs.Allows(handler, request.Method))
            {
                context.Response.Headers.Allow = string.Join(", ", RestVerbs.For(handler));
                return dialect.Refuse(StatusCodes.Status405MethodNotAllowed, "请求方法错误");
            }

            var token = dialect.TakeToken(request, input);
            var window = dialect.TakeWindow(input);
            var call = new DialectCall(
                input.Method,
                input.Version,
                input.Parameters,
                token,
                Platform(input.Text("platform"), dialect.DefaultPlatform),
                dialect.AppId,
                ClientAddress.Of(context, services.GetRequiredService<IOptions<YafOptions>>().Value.TrustForwardedFor))
            {
                AppVersion = Clip(input.Text("app_v")),
                UniqueId = Clip(input.Text("unique_id")),
                Origin = $"{request.Scheme}://{request.Host}{request.PathBase}",
            };
            var outcome = await invoker.InvokeAsync(handler, call, window, dialect.Output, context.RequestAborted);
            return dialect.Render(outcome, input);
        }
        catch (DialectInputException error)
        {
            return dialect.Refuse(error.HttpStatus, error.Message);
        }
        catch (TimeoutException) when (input is not null)
        {
            // The app registration did not answer in time: the dialect's "busy", as for a handler that timed out.
            return dialect.Render(new DialectOutcome(DialectStatus.Busy, DialectInvoker.BusyMessage), input);
        }
    }

    /// <summary>The client app a REST request names: the X-App-Id header, else the appid parameter (seed 003's name),
    /// which is taken out so handlers never see it.</summary>
    public static string? TakeAppId(HttpRequest request, RestInput input)
    {
        var parameter = input.Take("appid");
        var header = request.Headers["X-App-Id"].ToString().Trim();
        return header.Length > 0 ? header : parameter;
    }

    /// <summary>Seed 003's platform (1 iOS, 2 Android, 3 H5, 4 web) when given and valid, else the dialect's.</summary>
    public static int Platform(string? text, int fallback) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var platform) && platform is >= 1 and <= 4 ? platform : fallback;

    private static string Clip(string? text) => text is null ? string.Empty : text.Length > 64 ? text[..64] : text;

    /// <summary>A positive integer paging parameter no larger than <paramref name="max"/>; <paramref name="absent"/>
    /// when not given.</summary>
    public static int PagingNumber(string? text, string name, int absent, int max)
    {
        if (text is null)
        {
            return absent;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= 1 && value <= max
            ? value
            : throw new DialectInputException(StatusCodes.Status400BadRequest, $"参数 {name} 须为 1 到 {max} 的整数");
    }
}
