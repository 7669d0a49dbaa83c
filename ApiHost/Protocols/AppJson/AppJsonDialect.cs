using System.Text.Json;
using ApiHost.Api;
using ApiHost.Protocols.Dialects;
using Microsoft.Extensions.Options;

namespace ApiHost.Protocols.AppJson;

/// <summary>Seed 000 (apps and mini programs) under <c>/app/</c>: <c>Authorization: &lt;userToken&gt;</c>, answers
/// <c>{status, msg, data}</c>, paging by pageNum/pageSize with totalItem on request (<c>totalItem=true</c>), HTTP 503
/// when the flash sale sheds load.</summary>
public sealed class AppJsonDialect(IOptions<DialectOptions> options) : IRestDialect
{
    public const string Prefix = "/app";

    public string Name => DialectNames.App;

    public string AppId => "dialect:app";

    public int DefaultPlatform => 1;

    public JsonSerializerOptions Output => ApiJson.Options;

    public string? TakeToken(HttpRequest request, RestInput input)
    {
        var header = request.Headers.Authorization.ToString().Trim();
        if (header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            header = header["Bearer ".Length..].Trim();
        }

        return header.Length > 0 ? header : null;
    }

    public PageWindow? TakeWindow(RestInput input)
    {
        var num = input.Take("pageNum");
        var size = input.Take("pageSize");
        if (num is null && size is null)
        {
            return null;
        }

        var max = options.Value.MaxPageSize;
        return PageWindow.OfPage(
            RestDialectPipeline.PagingNumber(num, "pageNum", 1, 1_000_000),
            RestDialectPipeline.PagingNumber(size, "pageSize", PagedResult<object>.PageSize, max));
    }

    public IResult Render(DialectOutcome outcome, RestInput input) => outcome.Status switch
    {
        DialectStatus.Ok when outcome.Page is { } page => Json(200, new AppJsonEnvelope(AppJsonCodes.Ok, outcome.Message, new AppJsonPage(
            page.Items, page.Page, page.Size, page.HasNext, WantsTotal(input) ? page.Total : null))),
        DialectStatus.Ok => Json(200, new AppJsonEnvelope(AppJsonCodes.Ok, outcome.Message, outcome.Data)),
        DialectStatus.Busy => Refuse(StatusCodes.Status503ServiceUnavailable, outcome.Message),
        DialectStatus.Maintenance => Refuse(StatusCodes.Status503ServiceUnavailable, outcome.Message),
        DialectStatus.AppNotAllowed => Json(200, new AppJsonEnvelope(AppJsonCodes.AppTokenInvalid, outcome.Message)),
        DialectStatus.Failed when outcome.Kind == ApiErrorKind.Internal => Refuse(StatusCodes.Status500InternalServerError, outcome.Message),
        DialectStatus.Failed => Json(200, new AppJsonEnvelope(AppJsonCodes.For(outcome.Kind), outcome.Message)),
        _ => Json(200, new AppJsonEnvelope(AppJsonCodes.Failed, outcome.Message)),
    };

    /// <summary>HTTP errors carry the same number as status, so a client reading only the body still sees them.</summary>
    public IResult Refuse(int httpStatus, string message) => Json(httpStatus, new AppJsonEnvelope(httpStatus, message));

    private static bool WantsTotal(RestInput input) => input.Text("totalItem") is "true" or "1";

    private static IResult Json(int httpStatus, AppJsonEnvelope envelope) =>
        Results.Json(envelope, ApiJson.Options, "application/json; charset=utf-8", httpStatus);
}
