using Orleans.Tests.TestKit;
using Orleans.Runtime;

namespace Orleans.Tests.Storage;

/// <summary>IPersistentState as a grain sees it, on every provider.</summary>
public sealed class PersistentStateTests
{
    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task Etag_RecordExists_and_State_follow_read_write_and_clear(string provider)
    {
        await using var cluster = await StorageProviderTests.StartAsync(provider);
        var grain = cluster.GrainFactory.GetGrain<IStateProbeGrain>(Guid.NewGuid().ToString("N"));

        Assert.Equal(new StateSnapshot(null, false, 0), await grain.Snapshot());
        Assert.Equal(new StateSnapshot("1", true, 5), await grain.Write(5));
        Assert.Equal(new StateSnapshot("2", true, 6), await grain.Write(6));
        Assert.Equal(new StateSnapshot("3", false, 0), await grain.Clear());
        Assert.Equal(new StateSnapshot("3", false, 0), await grain.Reread());
        Assert.Equal(new StateSnapshot("4", true, 9), await grain.Write(9));
        Assert.Equal(new StateSnapshot("4", true, 9), await grain.Reread());
    }

    [Theory, InlineData("Memory"), InlineData("Sqlite"), PostgresData]
    public async Task A_stale_write_throws_InconsistentStateException_and_changes_nothing(string provider)
    {
        await using var cluster = await StorageProviderTests.StartAsync(provider);
        var key = Guid.NewGuid().ToString("N");
        var grain = cluster.GrainFactory.GetGrain<IStateProbeGrain>(key);
        await grain.Write(1);
        await StorageProviderTests.Storage(cluster).WriteAsync("stateprobe/probe", key, 1, """{"value":100}""");

        await Assert.ThrowsAsync<InconsistentStateException>(() => grain.Write(2));

        Assert.Equal(new StateSnapshot("2", true, 100), await grain.Snapshot());
    }
}

public sealed record StateSnapshot(string? Etag, bool RecordExists, int Value);

public sealed class ProbeState
{
    public int Value { get; set; }
}

public interface IStateProbeGrain : IGrainWithStringKey
{
    Task<StateSnapshot> Snapshot();

    Task<StateSnapshot> Write(int value);

    Task<StateSnapshot> Clear();

    Task<StateSnapshot> Reread();
}

public sealed class StateProbeGrain([PersistentState("probe")] IPersistentState<ProbeState> state) : Grain, IStateProbeGrain
{
    public Task<StateSnapshot> Snapshot() => Task.FromResult(new StateSnapshot(state.Etag, state.RecordExists, state.State.Value));

    public async Task<StateSnapshot> Write(int value)
    {
        state.State.Value = value;
        await state.WriteStateAsync();
        return await Snapshot();
    }

    public async Task<StateSnapshot> Clear()
    {
        await state.ClearStateAsync();
        return await Snapshot();
    }

    public async Task<StateSnapshot> Reread()
    {
        await state.ReadStateAsync();
        return await Snapshot();
    }
}
