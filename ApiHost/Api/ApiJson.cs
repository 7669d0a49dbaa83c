using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiHost.Api;

/// <summary>JSON rules of the mobile protocol: snake_case names both ways; numbers may arrive as strings (the
/// original PHP clients sent "timestamp":"1493898621"); unknown fields are ignored; constructor parameters without a default are required; Chinese text is written as is.</summary>
public static class ApiJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 16,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
