using Orleans.Runtime;

namespace Orleans.Tests.TestGrains;

public sealed class CounterGrain([PersistentState("state")] IPersistentState<CounterState> state, LifecycleProbe probe) : Grain, ICounterGrain
{
    private readonly Guid _activationId = Guid.NewGuid();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        probe.Record("activate", GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        probe.Record("deactivate", GetPrimaryKeyString());
        probe.Record($"deactivate:{reason}", GetPrimaryKeyString());
        return Task.CompletedTask;
    }

    public async Task<int> Increment()
    {
        state.State.Count++;
        await state.WriteStateAsync();
        return state.State.Count;
    }

    public Task<int> Get() => Task.FromResult(state.State.Count);

    public Task<string?> GetEtag() => Task.FromResult(state.Etag);

    public Task<Guid> GetActivationId() => Task.FromResult(_activationId);

    public Task Fail(string message) => throw new InvalidOperationException(message);

    public Task Deactivate()
    {
        DeactivateOnIdle();
        return Task.CompletedTask;
    }
}
