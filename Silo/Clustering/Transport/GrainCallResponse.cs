using System.Text.Json.Serialization;

namespace Orleans.Runtime.Transport;

/// <summary>A silo's answer to a grain call: a result, an exception's type and message, or a refusal with the
/// callee's view version (so the caller knows whether its own view is behind).</summary>
internal sealed record GrainCallResponse(
    [property: JsonPropertyName("s")] GrainCallStatus Status,
    [property: JsonPropertyName("r")] JsonPayload? Result = null,
    [property: JsonPropertyName("et")] string? ExceptionType = null,
    [property: JsonPropertyName("em")] string? ExceptionMessage = null,
    [property: JsonPropertyName("v"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] long ViewVersion = 0)
{
    public static GrainCallResponse Refused(long viewVersion, string reason) =>
        new(GrainCallStatus.Refused, ExceptionMessage: reason, ViewVersion: viewVersion);
}
