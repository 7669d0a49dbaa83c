using System.Text.Json;
using ApiHost.Api;

namespace ApiHost.Protocols.Dialects;

/// <summary>How a call ended, before any envelope: a success with its data (an object, or a page of rows), or a
/// refusal with the product's error kind and a message safe to show.</summary>
public sealed record DialectOutcome(DialectStatus Status, string Message, ApiErrorKind Kind = ApiErrorKind.Business)
{
    /// <summary>A successful non-list answer (an object; an empty object when the handler returned none).</summary>
    public JsonElement? Data { get; init; }

    /// <summary>A successful list answer.</summary>
    public DialectPage? Page { get; init; }

    public bool IsOk => Status == DialectStatus.Ok;
}
