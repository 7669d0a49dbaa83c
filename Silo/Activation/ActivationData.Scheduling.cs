using System.Diagnostics;

namespace Orleans.Runtime;

/// <summary>Turn-based execution. Two levels, as in Orleans: admission decides when a request may start (one
/// exclusive request at a time, in arrival order, unless it interleaves), and the ready queue runs the pieces of code
/// of admitted requests one at a time, on the thread pool, never two at once.</summary>
internal sealed partial class ActivationData : IThreadPoolWorkItem
{
    // Work items run per thread-pool visit before yielding the thread to other activations.
    private const int MaxItemsPerVisit = 256;

    private static readonly SendOrPostCallback StartCallback = static state => ((Message)state!).Target!.Start((Message)state);

    private readonly Queue<Message> _waiting = new();
    private readonly Queue<WorkItem> _ready = new();
    private readonly List<Message> _running = [];
    private int _runningExclusive;
    private bool _scheduled;

    /// <summary>Queues a message. False when this activation is gone and the message must go to a new one.</summary>
    public bool TryEnqueue(Message message)
    {
        Exception? refusal = null;
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            message.Target = this;
            if (_state == ActivationState.Valid && (_waiting.Count == 0 || !message.IsExclusive) && MayStart(message))
            {
                Admit(message);
            }
            else if (WaitsOnItself(message) is { } ancestor)
            {
                refusal = new DeadlockException(
                    $"Deadlock: {message.Describe()} on grain {GrainId} waits for {ancestor.Describe()} on the same grain, which is waiting for this call. " +
                    "Mark the grain [Reentrant] or the method [AlwaysInterleave] if the cycle is intended.");
            }
            else
            {
                _waiting.Enqueue(message);
            }
        }

        if (refusal is not null)
        {
            message.Fail(refusal);
        }

        return true;
    }

    /// <summary>Queues a continuation of <paramref name="context"/>'s code (SynchronizationContext.Post).</summary>
    public void Post(Message context, SendOrPostCallback callback, object? state)
    {
        lock (_lock)
        {
            EnqueueReady(new WorkItem(context, callback, state));
        }
    }

    void IThreadPoolWorkItem.Execute()
    {
        for (var i = 0; i < MaxItemsPerVisit; i++)
        {
            WorkItem item;
            lock (_lock)
            {
                if (!_ready.TryDequeue(out item))
                {
                    _scheduled = false;
                    SynchronizationContext.SetSynchronizationContext(null);
                    return;
                }
            }

            SynchronizationContext.SetSynchronizationContext(item.Context);
            try
            {
                item.Callback(item.State);
            }
            catch (Exception exception)
            {
                SiloLog.WorkItemFailed(Logger, exception, GrainId);
            }
        }

        SynchronizationContext.SetSynchronizationContext(null);
        lock (_lock)
        {
            if (_ready.Count == 0)
            {
                _scheduled = false;
                return;
            }
        }

        ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
    }

    private bool MayStart(Message message) => !message.IsExclusive || _runningExclusive == 0;

    /// <summary>The running request of this activation that <paramref name="message"/> descends from, if it would wait on it.</summary>
    private Message? WaitsOnItself(Message message)
    {
        if (!message.IsExclusive)
        {
            return null;
        }

        for (var ancestor = message.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor.Target, this) && ancestor.IsExclusive && !ancestor.IsAnswered && _running.Contains(ancestor))
            {
                return ancestor;
            }
        }

        return null;
    }

    private void Admit(Message message)
    {
        _running.Add(message);
        if (message.IsExclusive)
        {
            _runningExclusive++;
        }

        EnqueueReady(new WorkItem(message, StartCallback, message));
    }

    private void AdmitWaiting()
    {
        while (_state == ActivationState.Valid && _waiting.TryPeek(out var next))
        {
            if (next.IsAnswered)
            {
                _waiting.Dequeue(); // timed out while waiting: Orleans drops expired messages unrun
                continue;
            }

            if (!MayStart(next))
            {
                return;
            }

            Admit(_waiting.Dequeue());
        }
    }

    private void EnqueueReady(WorkItem item)
    {
        _ready.Enqueue(item);
        if (!_scheduled)
        {
            _scheduled = true;
            ThreadPool.UnsafeQueueUserWorkItem(this, preferLocal: false);
        }
    }

    /// <summary>Runs the grain code of an admitted message, on this activation's turn.</summary>
    private void Start(Message message)
    {
        Task task;
        try
        {
            task = message.Invoke(this);
        }
        catch (Exception exception)
        {
            task = Task.FromException(exception);
        }

        if (task.IsCompleted)
        {
            OnCompleted(message, task);
        }
        else
        {
            task.ContinueWith(
                static (t, state) => { var m = (Message)state!; m.Target!.OnCompleted(m, t); },
                message,
                CancellationToken.None,
                TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    private void OnCompleted(Message message, Task task)
    {
        message.Complete(task);
        if (message is not SystemTurn)
        {
            _catalog.Metrics.CallCompleted(Stopwatch.GetElapsedTime(message.SentAt), failed: !task.IsCompletedSuccessfully);
        }

        var inconsistent = task.Exception?.InnerException is InconsistentStateException;
        lock (_lock)
        {
            if (_running.Remove(message) && message.IsExclusive)
            {
                _runningExclusive--;
            }

            if (message.KeepsAlive)
            {
                _lastActive = _catalog.Clock.GetTimestamp();
            }

            if (inconsistent)
            {
                BeginDeactivation(DeactivationReason.InconsistentState);
            }
            else if (_deactivateAfterRequest)
            {
                BeginDeactivation(DeactivationReason.ApplicationRequested);
            }

            if (_state == ActivationState.Valid)
            {
                AdmitWaiting();
            }
            else if (_state == ActivationState.Deactivating && _running.Count == 0)
            {
                StartDeactivationTurn();
            }
        }
    }
}
