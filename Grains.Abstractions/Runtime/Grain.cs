using System.Globalization;

namespace Orleans;

/// <summary>Base class for grains. Its methods run one turn at a time on the activation (unless the class is
/// <see cref="ReentrantAttribute">reentrant</see>), so grain code needs no locks.</summary>
public abstract class Grain : IGrainBase, IGrainContextBinding
{
    private IGrainContext? _context;

    public IGrainContext GrainContext =>
        _context ?? throw new InvalidOperationException("This grain is not bound to an activation; create grains through IGrainFactory.");

    protected IGrainFactory GrainFactory => GrainContext.GrainFactory;

    protected IServiceProvider ServiceProvider => GrainContext.ActivationServices;

    public GrainId GrainId => GrainContext.GrainId;

    public string GetPrimaryKeyString() => GrainContext.GrainId.Key;

    public long GetPrimaryKeyLong() => long.Parse(GrainContext.GrainId.Key, NumberStyles.Integer, CultureInfo.InvariantCulture);

    void IGrainContextBinding.Bind(IGrainContext context) => _context = context;

    public virtual Task OnActivateAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public virtual Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Asks the runtime to deactivate this activation once the current request completes.</summary>
    protected void DeactivateOnIdle() => GrainContext.DeactivateOnIdle();

    /// <summary>Registers a timer whose callback runs as a turn of this grain, never concurrently with its calls.
    /// The next tick is scheduled only after the callback completes. Ticks do not keep an idle grain alive.</summary>
    protected IGrainTimer RegisterGrainTimer(Func<CancellationToken, Task> callback, TimeSpan dueTime, TimeSpan period) =>
        GrainContext.RegisterGrainTimer(callback, dueTime, period);
}
