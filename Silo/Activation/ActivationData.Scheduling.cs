using System.Diagnostics;

namespace Orleans.Runtime;

/// <summary>Turn-based execution. Two levels, as in Orleans: admission decides when a request may start (one
/// exclusive request at a time, in arrival order, unless it interleaves), and the ready queue runs the pieces of code
/// of admitted requests one at a time, on the thread pool, never two at once. One shortcut: a call from outside any
/// grain (no activation's turn on the caller's stack) that finds the activation idle, with nothing queued, starts its
/// turn on the caller's thread instead of waiting for a thread-pool thread; it is first in line either way, and
/// <see cref="_scheduled"/> keeps everything else out while it runs.</summary>
internal sealed partial class ActivationData : IThreadPoolWorkItem
{
    // Work items run per thread-pool visit before yielding the thread to other activations.
    private const int MaxItemsPerVisit = 256;

    private static readonly SendOrPostCallback StartCallback = static state => ((Message)state!).Target!.Start((Message)state);

    // The empty ExecutionContext that thread-pool turns run under, captured on the first thread-pool visit. A turn
    // started on a caller's thread runs under it too, so grain code never sees the caller's AsyncLocals (as with
    // any queued turn) and nothing it sets leaks back to the caller.
    private static ExecutionContext? s_turnContext;

    private readonly Queue<Message> _waiting = new();
    private readonly Queue<WorkItem> _ready = new();
    private readonly List<Message> _running = [];
    private int _runningExclusive;
    private bool _scheduled;

    /// <summary>Queues a message. False when this activation is gone and the message must go to a new one.</summary>
    public bool TryEnqueue(Message message)
    {
        Exception? refusal = null;
        var runHere = false;
        var mayRunHere = message is not SystemTurn && MayRunOnCallerThread();
        lock (_lock)
        {
            if (_state == ActivationState.Invalid)
            {
                return false;
            }

            message.Target = this;
            if (_state == ActivationState.Valid && (_waiting.Count == 0 || !message.IsExclusive) && MayStart(message))
            {
                if (mayRunHere && !_scheduled)
                {
                    // Idle: nothing ready, no thread-pool visit pending, so this message is next in line anyway.
                    _running.Add(message);
                    if (message.IsExclusive)
                    {
                        _runningExclusive++;
                    }

                    _scheduled = true;
                    runHere = true;
                }
                else
                {
                    Admit(message);
                }
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

        if (runHere)
        {
            RunOnCallerThread(message);
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
        var turnContext = s_turnContext ??= ExecutionContext.Capture();
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

            // A grain method that is not async and sets an AsyncLocal leaves it on this thread; the next item (maybe
            // another request) must start from the same empty context as any turn.
            if (turnContext is not null && !ReferenceEquals(ExecutionContext.Capture(), turnContext))
            {
                ExecutionContext.Restore(turnContext);
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

    /// <summary>Only a caller outside every activation may lend its thread: a grain's call always goes through the
    /// queue, so no turn ever runs nested on another activation's stack (which would hold that activation's turn
    /// for the callee's duration and hide the call from deadlock detection).</summary>
    private static bool MayRunOnCallerThread() =>
        SynchronizationContext.Current is not Message && s_turnContext is not null && !ExecutionContext.IsFlowSuppressed();

    /// <summary>Runs the first piece of a turn admitted by <see cref="TryEnqueue"/> on the caller's thread, exactly as
    /// <see cref="IThreadPoolWorkItem.Execute"/> would run it, then hands whatever became ready to the thread pool.</summary>
    private void RunOnCallerThread(Message message)
    {
        var callerSynchronizationContext = SynchronizationContext.Current;
        var callerExecutionContext = ExecutionContext.Capture()!;
        var turnContext = s_turnContext!;
        var switchContext = !ReferenceEquals(callerExecutionContext, turnContext);
        if (switchContext)
        {
            ExecutionContext.Restore(turnContext);
        }

        SynchronizationContext.SetSynchronizationContext(message);
        try
        {
            Start(message);
        }
        catch (Exception exception)
        {
            SiloLog.WorkItemFailed(Logger, exception, GrainId);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(callerSynchronizationContext);
            if (switchContext)
            {
                ExecutionContext.Restore(callerExecutionContext);
            }
        }

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

        var root = message;
        for (var ancestor = message.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (ReferenceEquals(ancestor.Target, this) && ancestor.IsExclusive && !ancestor.IsAnswered && _running.Contains(ancestor))
            {
                return ancestor;
            }

            root = ancestor;
        }

        // A chain that began with a call from another silo: does it wait, through other silos, on a request running here?
        return root.RemoteChain.Count > 0 ? RunningIn(root.RemoteChain) : null;
    }

    /// <summary>A request running here, waiting on its calls, that <paramref name="chain"/> names.</summary>
    private Message? RunningIn(IReadOnlyList<long> chain)
    {
        foreach (var running in _running)
        {
            if (running.IsExclusive && !running.IsAnswered && running.DrawnChainId != 0 && chain.Contains(running.DrawnChainId))
            {
                return running;
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
        // Counted before the caller is answered, so a caller that has its answer also sees the call in the metrics.
        if (message is not SystemTurn)
        {
            _catalog.Metrics.CallCompleted(Stopwatch.GetElapsedTime(message.SentAt), failed: !task.IsCompletedSuccessfully);
        }

        message.Complete(task);

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
