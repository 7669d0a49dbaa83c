using System.Text.Json;

namespace Orleans.Storage;

/// <summary>The one JSON shape used for stored state: System.Text.Json defaults plus camelCase names.</summary>
internal static class GrainStateSerializer
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static string Serialize<T>(T state) => JsonSerializer.Serialize(state, Options);

    public static T Deserialize<T>(string payload) => JsonSerializer.Deserialize<T>(payload, Options)
        ?? throw new JsonException($"Stored state deserialised to null for {typeof(T).Name}.");
}
