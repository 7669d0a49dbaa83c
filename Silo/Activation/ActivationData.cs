using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace Orleans.Runtime;

/// <summary>One activation of one grain: the grain instance, its message queues and its lifecycle. Scheduling and
/// lifecycle live in the partial files beside this one.</summary>
internal sealed partial class ActivationData : IGrainContext
{
    private readonly Catalog _catalog;
    private readonly Lock _lock = new();
    private List<IStateLoader>? _states;
    private List<GrainTimer>? _timers;

    public ActivationData(GrainId grainId, GrainClassInfo grainClass, Catalog catalog)
    {
        GrainId = grainId;
        GrainClass = grainClass;
        _catalog = catalog;
        _lastActive = catalog.Clock.GetTimestamp();
    }

    public GrainId GrainId { get; }

    public GrainClassInfo GrainClass { get; }

    public object? GrainInstance { get; private set; }

    public IGrainFactory GrainFactory => _catalog.GrainFactory;

    public IServiceProvider ActivationServices => _catalog.Services;

    public ILogger Logger => _catalog.Logger;

    /// <summary>Called by the grain activator for each [PersistentState] constructor parameter.</summary>
    public IPersistentState<TState> CreateState<TState>(string stateName) where TState : new()
    {
        var stateType = stateName == "state" ? GrainClass.TypeName : $"{GrainClass.TypeName}/{stateName}";
        var state = new PersistentState<TState>(_catalog.Storage, stateType, GrainId.Key);
        (_states ??= []).Add(state);
        return state;
    }

    public IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period)
    {
        var timer = new GrainTimer(this, callback, period);
        lock (_lock)
        {
            if (_state is ActivationState.Deactivating or ActivationState.Invalid)
            {
                throw new InvalidOperationException($"Grain {GrainId} is deactivating; it cannot register timers.");
            }

            (_timers ??= []).Add(timer);
        }

        timer.Change(dueTime, period);
        return timer;
    }

    public void DeactivateOnIdle()
    {
        lock (_lock)
        {
            _deactivateAfterRequest = true;
            if (_running.Count == 0)
            {
                BeginDeactivation(DeactivationReason.ApplicationRequested);
            }
        }
    }

    public void RemoveTimer(GrainTimer timer)
    {
        lock (_lock)
        {
            _timers?.Remove(timer);
        }
    }

    public override string ToString() => $"[Activation {GrainId} {_state}]";

    /// <summary>What the activation is doing, for the log of a shutdown that takes too long.</summary>
    public string Describe()
    {
        lock (_lock)
        {
            return $"{GrainId} {_state}: {_running.Count} running ({string.Join(", ", _running.Select(m => m.Describe()))}), {_waiting.Count} waiting, {_ready.Count} ready";
        }
    }
}
