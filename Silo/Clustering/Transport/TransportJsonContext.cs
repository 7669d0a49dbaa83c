using System.Text.Json.Serialization;

namespace Orleans.Runtime.Transport;

/// <summary>Source-generated (de)serializers for the envelopes: no reflection on the hot path, compact output
/// (no indentation, nulls omitted, enums as numbers).</summary>
[JsonSourceGenerationOptions(
    WriteIndented = false,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GrainCallRequest))]
[JsonSerializable(typeof(GrainCallResponse))]
internal sealed partial class TransportJsonContext : JsonSerializerContext;
