using System.Globalization;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>One named state of one grain, stored as a row whose version is the ETag.</summary>
internal sealed class PersistentState<TState>(IGrainStorage storage, string stateType, string grainKey)
    : IPersistentState<TState>, IStateLoader
    where TState : new()
{
    private long? _version;

    public TState State { get; set; } = new();

    public string? Etag => _version?.ToString(CultureInfo.InvariantCulture);

    public bool RecordExists { get; private set; }

    public async Task ReadStateAsync()
    {
        var record = await storage.ReadAsync(stateType, grainKey).ConfigureAwait(true);
        _version = record?.Version;
        RecordExists = record?.Payload is not null;
        State = record?.Payload is { } payload ? GrainStateSerializer.Deserialize<TState>(payload) : new TState();
    }

    public async Task WriteStateAsync()
    {
        var payload = GrainStateSerializer.Serialize(State);
        _version = await storage.WriteAsync(stateType, grainKey, _version, payload).ConfigureAwait(true);
        RecordExists = true;
    }

    public async Task ClearStateAsync()
    {
        _version = await storage.WriteAsync(stateType, grainKey, _version, payload: null).ConfigureAwait(true);
        RecordExists = false;
        State = new TState();
    }
}
