using System.Text.Json;
using System.Text.Json.Serialization;

namespace ApiHost.Api;

/// <summary>Writes a null object property as <c>{}</c>: the protocol answers "an empty object" where there is nothing
/// to show (no ad, no notice, no upgrade), and clients read fields of it without null checks. Apply it to the
/// property, not the type, so the value itself is written with the ordinary rules.</summary>
public sealed class EmptyObjectWhenNullConverter<T> : JsonConverter<T>
    where T : class
{
    public override bool HandleNull => true;

    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        // An empty object reads back as "nothing", the inverse of Write.
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Object && !document.RootElement.EnumerateObject().Any()
            ? null
            : document.RootElement.Deserialize<T>(options);
    }

    public override void Write(Utf8JsonWriter writer, T? value, JsonSerializerOptions options)
    {
        if (value is null)
        {
            writer.WriteStartObject();
            writer.WriteEndObject();
            return;
        }

        JsonSerializer.Serialize(writer, value, options);
    }
}
