namespace Orleans;

/// <summary>Implemented by grain classes; the runtime calls these around an activation's life.</summary>
public interface IGrainBase
{
    IGrainContext GrainContext { get; }

    Task OnActivateAsync(CancellationToken cancellationToken);

    Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken);
}
