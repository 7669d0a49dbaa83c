using System.Text.Json;
using ApiHost.Api;
using ApiHost.Protocols.Dialects;

namespace ApiHost.Protocols.AppToken;

/// <summary>Seed 002 (App-Token clients) under <c>/api/</c> (the signed gateway keeps <c>/api</c> itself): the token
/// in the App-Token header, the appToken query parameter or the appToken body field (form or JSON); answers
/// <c>{message, code, ok, data}</c>, lists as data.list with data.resultCount; paging by seed 003's <c>page</c>.
/// Sessions are the app slot's: one per user, so a new login ends the previous token (it then answers 7).
/// Server faults, shedding and maintenance answer 5xx, which the seed tells clients to check before the body (during
/// maintenance the Server-Status header tells them why).</summary>
public sealed class AppTokenDialect : IRestDialect
{
    public const string Prefix = "/api";

    public string Name => DialectNames.AppToken;

    public string AppId => "dialect:app-token";

    public int DefaultPlatform => 1;

    public JsonSerializerOptions Output => ApiJson.Options;

    public string? TakeToken(HttpRequest request, RestInput input)
    {
        var parameter = input.Take("appToken");
        var header = request.Headers["App-Token"].ToString().Trim();
        return header.Length > 0 ? header : parameter;
    }

    public PageWindow? TakeWindow(RestInput input) => null;

    public IResult Render(DialectOutcome outcome, RestInput input) => outcome.Status switch
    {
        DialectStatus.Ok when outcome.Page is { } page => Json(200, new AppTokenEnvelope(outcome.Message, AppTokenCodes.Ok, true, new AppTokenList(page.Items, page.Total))),
        DialectStatus.Ok => Json(200, new AppTokenEnvelope(outcome.Message, AppTokenCodes.Ok, true, IsEmpty(outcome.Data) ? null : outcome.Data)),
        DialectStatus.Busy => Json(503, new AppTokenEnvelope(outcome.Message, AppTokenCodes.TooFrequent, false)),
        DialectStatus.Maintenance => Json(503, new AppTokenEnvelope(outcome.Message, AppTokenCodes.Failed, false)),
        DialectStatus.AppNotAllowed => Json(200, new AppTokenEnvelope(outcome.Message, AppTokenCodes.NoPermission, false)),
        DialectStatus.IpBanned => Json(200, new AppTokenEnvelope(outcome.Message, AppTokenCodes.TooFrequent, false)),
        DialectStatus.Failed when outcome.Kind == ApiErrorKind.Internal => Json(500, new AppTokenEnvelope(outcome.Message, AppTokenCodes.Failed, false)),
        _ => Json(200, new AppTokenEnvelope(outcome.Message, AppTokenCodes.For(outcome.Kind), false)),
    };

    public IResult Refuse(int httpStatus, string message) => Json(httpStatus, new AppTokenEnvelope(message, httpStatus switch
    {
        404 => AppTokenCodes.NotFound,
        405 => AppTokenCodes.Failed,
        _ => AppTokenCodes.IllegalParameter,
    }, false));

    private static bool IsEmpty(JsonElement? data) =>
        data is not { } element || element.ValueKind == JsonValueKind.Null || (element.ValueKind == JsonValueKind.Object && !element.EnumerateObject().Any());

    private static IResult Json(int httpStatus, AppTokenEnvelope envelope) =>
        Results.Json(envelope, ApiJson.Options, "application/json; charset=utf-8", httpStatus);
}
