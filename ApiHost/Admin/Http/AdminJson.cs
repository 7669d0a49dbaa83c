using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiHost.Admin.Http;

/// <summary>JSON rules of the admin API (seed 001): null fields are left out; snake_case field names like the mobile
/// protocol's (<c>c_time</c>); request bodies are strict: no unknown fields, no nulls for required ones, no numbers
/// as strings, so a typo answers 400 instead of being ignored.</summary>
public static class AdminJson
{
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        MaxDepth = 16,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}
