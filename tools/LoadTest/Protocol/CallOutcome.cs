using System.Globalization;
using System.Text.Json;

namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>The result of one signed call: an answer (code, msg, data) or the way it failed.</summary>
public sealed record CallOutcome(OutcomeKind Kind, int Code, string Message, JsonElement Data)
{
    public const int Success = 200;
    public const int ServerError = 500;

    public bool IsSuccess => Kind == OutcomeKind.Answer && Code == Success;

    /// <summary>Failures of the system under test or the network: not an answer, or the protocol's 500. Business
    /// rejections (503 sold out, limit reached...) are answers, not errors.</summary>
    public bool IsError => Kind != OutcomeKind.Answer || Code == ServerError;

    public bool HasData => Data.ValueKind == JsonValueKind.Object;

    /// <summary>The code column of the report: the protocol code, "HTTP 502", "error", "timeout" or "invalid".</summary>
    public string CodeLabel => Kind switch
    {
        OutcomeKind.Answer => Code.ToString(CultureInfo.InvariantCulture),
        OutcomeKind.HttpStatus => "HTTP " + Code.ToString(CultureInfo.InvariantCulture),
        OutcomeKind.Transport => "error",
        OutcomeKind.Timeout => "timeout",
        _ => "invalid",
    };

    public override string ToString() => $"{CodeLabel} {Message}";
}
