using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orleans.Runtime.Transport;

/// <summary>Arguments and results of grain methods on the wire.
/// Why reflection-based System.Text.Json here (the envelope itself is source-generated): the argument and result
/// types are every record of Grains.Abstractions plus those of any assembly a silo adds grains from (tests do); a
/// source-generated context must name each type at compile time in this assembly, which cannot know them, and would
/// silently fall out of date when a grain interface gains a record. Reflection metadata is built once per type and
/// cached by the options instance, so the per-call cost is the same serializer work. A test checks that every
/// parameter and return type of every grain interface round-trips through <see cref="Options"/>.</summary>
internal static class GrainCallCodec
{
    /// <summary>Compact: no indentation, numbers as numbers; enums as numbers too, so both ends need the same build
    /// (which they must anyway to agree on method signatures).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Writes the arguments as a JSON array, each with its parameter's declared type.</summary>
    public static JsonPayload EncodeArguments(MethodDispatcher dispatcher, object?[] arguments)
    {
        var types = dispatcher.ParameterTypes;
        if (arguments.Length != types.Count)
        {
            throw new ArgumentException($"{dispatcher.Name} takes {types.Count} arguments, got {arguments.Length}.");
        }

        var buffer = new ArrayBufferWriter<byte>(64);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            for (var i = 0; i < arguments.Length; i++)
            {
                JsonSerializer.Serialize(writer, arguments[i], types[i], Options);
            }

            writer.WriteEndArray();
        }

        return JsonPayload.FromUtf8(buffer.WrittenMemory);
    }

    /// <summary>Binds a JSON array to the method's parameters; a wrong count or shape throws <see cref="JsonException"/>.</summary>
    public static object?[] DecodeArguments(MethodDispatcher dispatcher, JsonPayload payload)
    {
        var types = dispatcher.ParameterTypes;
        var array = payload.Element;
        if (array.ValueKind != JsonValueKind.Array || array.GetArrayLength() != types.Count)
        {
            throw new JsonException($"{dispatcher.Name} takes {types.Count} arguments; the call carried {Describe(array)}.");
        }

        var arguments = new object?[types.Count];
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            arguments[i] = element.Deserialize(types[i], Options);
            i++;
        }

        return arguments;
    }

    public static JsonPayload? EncodeResult(MethodDispatcher dispatcher, object? result) =>
        dispatcher.HasResult ? JsonPayload.FromUtf8(JsonSerializer.SerializeToUtf8Bytes(result, dispatcher.ResultType, Options)) : null;

    public static object? DecodeResult(MethodDispatcher dispatcher, JsonPayload? payload)
    {
        if (!dispatcher.HasResult)
        {
            return null;
        }

        // A null result (a reference type's "none") arrives as JSON null, which leaves the payload itself null.
        return payload?.Element.Deserialize(dispatcher.ResultType, Options);
    }

    private static string Describe(JsonElement element) =>
        element.ValueKind == JsonValueKind.Array ? $"{element.GetArrayLength()}" : element.ValueKind.ToString();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            WriteIndented = false,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            // Grain records may hold IReadOnlyList/IReadOnlyDictionary and get-only properties set by constructors;
            // the defaults handle those. Read-only fields are not serialized either way.
            IncludeFields = false,
            NumberHandling = JsonNumberHandling.Strict,
            AllowOutOfOrderMetadataProperties = false,
            MaxDepth = 64,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
