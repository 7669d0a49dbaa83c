namespace Orleans;

/// <summary>What a running activation offers its grain: identity, the grain factory, timers and deactivation.</summary>
public interface IGrainContext
{
    GrainId GrainId { get; }

    IGrainFactory GrainFactory { get; }

    IServiceProvider ActivationServices { get; }

    /// <summary>Registers a timer whose callback runs as a turn of this grain; see <see cref="Grain.RegisterGrainTimer"/>.</summary>
    IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period);

    /// <summary>Deactivates this activation once the current request completes.</summary>
    void DeactivateOnIdle();
}
