namespace Orleans.Runtime;

/// <summary>Activation and deactivation, each run as a turn of the activation.</summary>
internal sealed partial class ActivationData
{
    private ActivationState _state = ActivationState.Activating;
    private long _lastActive;
    private bool _deactivateAfterRequest;
    private bool _deactivationStarted;
    private DeactivationReason _deactivationReason;
    private TaskCompletionSource? _deactivated;

    /// <summary>Starts the activation turn; the catalog calls this once, after this activation won its grain id.</summary>
    public void Activate()
    {
        var turn = new SystemTurn("activate", static a => a.ActivateAsync(), OnActivated, isExclusive: true) { Target = this };
        lock (_lock)
        {
            EnqueueReady(new WorkItem(turn, StartCallback, turn));
        }
    }

    /// <summary>Deactivates if no message has arrived for <paramref name="age"/>. Returns whether it started.</summary>
    public bool TryCollectIfIdle(TimeSpan age)
    {
        lock (_lock)
        {
            if (_state != ActivationState.Valid || _running.Count > 0 || _waiting.Count > 0 ||
                _catalog.Clock.GetElapsedTime(_lastActive) < age)
            {
                return false;
            }

            BeginDeactivation(DeactivationReason.IdleCollection);
            return true;
        }
    }

    /// <summary>Deactivates now (once running requests finish); completes when the activation is gone.</summary>
    public Task DeactivateAsync(DeactivationReason reason)
    {
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return Task.CompletedTask;
            }

            BeginDeactivation(reason);
            return (_deactivated ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>Adds the messages whose sender has waited longer than <paramref name="timeout"/>.</summary>
    public void CollectExpired(TimeSpan timeout, List<Message> expired)
    {
        lock (_lock)
        {
            foreach (var message in _running.Concat(_waiting))
            {
                if (message is not SystemTurn && !message.IsAnswered &&
                    System.Diagnostics.Stopwatch.GetElapsedTime(message.SentAt) > timeout)
                {
                    expired.Add(message);
                }
            }
        }
    }

    public bool HasMessages => _running.Count > 0 || _waiting.Count > 0;

    private async Task ActivateAsync()
    {
        var grain = GrainClass.Activator.Create(this);
        if (grain is IGrainContextBinding binding)
        {
            binding.Bind(this);
        }

        GrainInstance = grain;
        if (_states is not null)
        {
            foreach (var state in _states)
            {
                await state.ReadStateAsync();
            }
        }

        await ((IGrainBase)grain).OnActivateAsync(CancellationToken.None);
    }

    private void OnActivated(Task task)
    {
        if (task.IsCompletedSuccessfully)
        {
            lock (_lock)
            {
                _state = ActivationState.Valid;
                _lastActive = _catalog.Clock.GetTimestamp();
                AdmitWaiting();
            }

            return;
        }

        var exception = task.Exception?.InnerException ?? new TaskCanceledException($"Activation of {GrainId} was canceled.");
        SiloLog.ActivationFailed(Logger, exception, GrainId);
        foreach (var message in Invalidate())
        {
            message.Fail(exception);
        }
    }

    /// <summary>Under the lock: from Valid to Deactivating; the deactivation turn starts when running requests end.</summary>
    private void BeginDeactivation(DeactivationReason reason)
    {
        if (_state != ActivationState.Valid)
        {
            return;
        }

        _state = ActivationState.Deactivating;
        _deactivationReason = reason;
        if (_running.Count == 0)
        {
            StartDeactivationTurn();
        }
    }

    private void StartDeactivationTurn()
    {
        if (_deactivationStarted)
        {
            return;
        }

        _deactivationStarted = true;
        var turn = new SystemTurn("deactivate", static a => a.RunOnDeactivateAsync(), _ => FinishDeactivation(), isExclusive: true) { Target = this };
        EnqueueReady(new WorkItem(turn, StartCallback, turn));
    }

    private async Task RunOnDeactivateAsync()
    {
        GrainTimer[] timers;
        lock (_lock)
        {
            timers = _timers?.ToArray() ?? [];
        }

        foreach (var timer in timers)
        {
            timer.Dispose();
        }

        var timeout = _catalog.CollectionOptions.DeactivationTimeout;
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await ((IGrainBase)GrainInstance!).OnDeactivateAsync(_deactivationReason, cancellation.Token).WaitAsync(timeout);
        }
        catch (Exception exception)
        {
            SiloLog.DeactivationFailed(Logger, exception, GrainId);
        }
    }

    /// <summary>Leaves the catalog and forwards the calls that arrived meanwhile to a new activation. Timer ticks
    /// are dropped: they belong to this activation and must not bring the grain back.</summary>
    private void FinishDeactivation()
    {
        TaskCompletionSource? deactivated;
        lock (_lock)
        {
            deactivated = _deactivated;
        }

        foreach (var message in Invalidate())
        {
            if (message is not SystemTurn && !message.IsAnswered)
            {
                message.Target = null;
                _catalog.Redispatch(GrainId, GrainClass, message);
            }
        }

        deactivated?.TrySetResult();
    }

    private Message[] Invalidate()
    {
        Message[] waiting;
        lock (_lock)
        {
            _state = ActivationState.Invalid;
            waiting = [.. _waiting];
            _waiting.Clear();
        }

        _catalog.Remove(this);
        return waiting;
    }
}
