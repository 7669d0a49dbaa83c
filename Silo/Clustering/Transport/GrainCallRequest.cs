using System.Text.Json.Serialization;

namespace Orleans.Runtime.Transport;

/// <summary>One grain call on the wire: which grain (type and key), which method (declaring interface and
/// signature), the arguments as a JSON array in parameter order, and the chain of requests waiting for this call
/// (<see cref="Message.RemoteChain"/>, for cross-silo deadlock detection). Short names keep every call's bytes small.</summary>
internal sealed record GrainCallRequest(
    [property: JsonPropertyName("t")] string Type,
    [property: JsonPropertyName("k")] string Key,
    [property: JsonPropertyName("i")] string Interface,
    [property: JsonPropertyName("m")] string Method,
    [property: JsonPropertyName("a")] JsonPayload Arguments,
    [property: JsonPropertyName("c")] IReadOnlyList<long>? Chain = null);
