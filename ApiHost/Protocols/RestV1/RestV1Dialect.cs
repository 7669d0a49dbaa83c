using System.Text.Json;
using System.Text.Json.Serialization;
using ApiHost.Admin.Http;
using ApiHost.Api;
using ApiHost.Protocols.Dialects;

namespace ApiHost.Protocols.RestV1;

/// <summary>Seed 001 for mobile clients under <c>/v1/app/</c> (the admin API owns the rest of /v1/): token in
/// X-Auth-Token or __token, <c>{errCode, message, count, data[]}</c>, __limit (at most 2000) / __page, nulls left out.
/// Sessions are the web slot's: every call extends them, inactivity ends them (Session:WebLifetime).</summary>
public sealed class RestV1Dialect : IRestDialect
{
    public const string Prefix = "/v1/app";
    public const int MaxLimit = 2000;
    public const int MaxPage = 1_000_000;
    public const string OkMessage = "OK";

    private static readonly JsonSerializerOptions OutputOptions = new(ApiJson.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public string Name => DialectNames.RestV1;

    public string AppId => "dialect:rest-v1";

    public int DefaultPlatform => 4;

    public JsonSerializerOptions Output => OutputOptions;

    public string? TakeToken(HttpRequest request, RestInput input)
    {
        var parameter = input.Take("__token");
        var header = request.Headers["X-Auth-Token"].ToString().Trim();
        return header.Length > 0 ? header : parameter;
    }

    /// <summary>Without __limit the answer is the handler's own page (parameter page, 20 rows).</summary>
    public PageWindow? TakeWindow(RestInput input)
    {
        var limit = input.Take("__limit");
        var page = input.Take("__page");
        return limit is null && page is null
            ? null
            : PageWindow.OfPage(
                RestDialectPipeline.PagingNumber(page, "__page", 1, MaxPage),
                RestDialectPipeline.PagingNumber(limit, "__limit", PagedResult<object>.PageSize, MaxLimit));
    }

    public IResult Render(DialectOutcome outcome, RestInput input)
    {
        switch (outcome.Status)
        {
            case DialectStatus.Ok when outcome.Page is { } page:
                return Json(200, new RestV1Envelope(AdminErrorCodes.Ok, OkMessage, page.Total, page.Items));
            case DialectStatus.Ok when outcome.Data is { ValueKind: JsonValueKind.Object } data && data.EnumerateObject().Any():
                return Json(200, new RestV1Envelope(AdminErrorCodes.Ok, OkMessage, 1, [data]));
            case DialectStatus.Ok:
                return Json(200, new RestV1Envelope(AdminErrorCodes.Ok, OkMessage));
            case DialectStatus.Busy:
                return Json(503, new RestV1Envelope(RestV1Codes.Busy, outcome.Message));
            case DialectStatus.Maintenance:
                return Json(503, new RestV1Envelope(RestV1Codes.Maintenance, outcome.Message));
            case DialectStatus.AppNotAllowed:
                return Json(403, new RestV1Envelope(RestV1Codes.AppNotAllowed, outcome.Message));
            case DialectStatus.IpBanned:
                return Json(429, new RestV1Envelope(RestV1Codes.IpBanned, outcome.Message));
            default:
                var (status, code) = RestV1Codes.For(outcome.Kind);
                return Json(status, new RestV1Envelope(code, outcome.Message));
        }
    }

    public IResult Refuse(int httpStatus, string message) => Json(httpStatus, new RestV1Envelope(RestV1Codes.ForStatus(httpStatus), message));

    private static IResult Json(int httpStatus, RestV1Envelope envelope) =>
        Results.Json(envelope, OutputOptions, "application/json; charset=utf-8", httpStatus);
}
