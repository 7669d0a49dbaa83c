using System.Text.Json;

namespace ApiHost.Protocols.Dialects;

/// <summary>What distinguishes one REST dialect from another: where the token travels, how paging is asked for, and
/// the envelope and codes of its answers. The pipeline (<see cref="RestDialectPipeline"/>) is shared.</summary>
public interface IRestDialect
{
    /// <summary>The dialect's name in app registrations (<see cref="DialectNames"/>).</summary>
    string Name { get; }

    /// <summary>Recorded as the appid of the fixed parameters, e.g. "dialect:app".</summary>
    string AppId { get; }

    /// <summary>Platform (seed 003's 1-4) when the request names none; it picks the session slot and lifetime.</summary>
    int DefaultPlatform { get; }

    JsonSerializerOptions Output { get; }

    /// <summary>The session token, taken out of the parameters when it travels there.</summary>
    string? TakeToken(HttpRequest request, RestInput input);

    /// <summary>The rows asked for in the dialect's own paging, taken out of the parameters; null for the handler's
    /// own paging. Throws <see cref="DialectInputException"/> for malformed paging.</summary>
    PageWindow? TakeWindow(RestInput input);

    IResult Render(DialectOutcome outcome, RestInput input);

    /// <summary>A refusal before any handler ran: bad input (400, 413, 415), no such method (404), wrong verb (405).</summary>
    IResult Refuse(int httpStatus, string message);
}
