using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orleans.Runtime.Transport;

/// <summary>A JSON value embedded in a transport envelope: written from UTF-8 bytes already produced by the
/// argument/result serializer (no second pass), read as a <see cref="JsonElement"/> the receiver then binds to the
/// method's declared types.</summary>
[JsonConverter(typeof(JsonPayloadConverter))]
internal sealed class JsonPayload
{
    private JsonPayload(ReadOnlyMemory<byte> utf8, JsonElement element)
    {
        Utf8 = utf8;
        Element = element;
    }

    public ReadOnlyMemory<byte> Utf8 { get; }

    public JsonElement Element { get; }

    public static JsonPayload FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8, default);

    public static JsonPayload FromElement(JsonElement element) => new(default, element);

    internal sealed class JsonPayloadConverter : JsonConverter<JsonPayload>
    {
        public override JsonPayload Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            FromElement(JsonElement.ParseValue(ref reader));

        public override void Write(Utf8JsonWriter writer, JsonPayload value, JsonSerializerOptions options)
        {
            if (value.Utf8.IsEmpty)
            {
                value.Element.WriteTo(writer);
            }
            else
            {
                // The bytes come from JsonSerializer in this process, so they are valid JSON already.
                writer.WriteRawValue(value.Utf8.Span, skipInputValidation: true);
            }
        }
    }
}
