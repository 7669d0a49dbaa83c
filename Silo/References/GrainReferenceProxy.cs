using System.Reflection;

namespace Orleans.Runtime;

/// <summary>The object behind a grain reference: each interface call becomes a message to the grain's activation.</summary>
public class GrainReferenceProxy : DispatchProxy
{
    private Catalog? _catalog;
    private ClusterRouter? _router;
    private GrainInterfaceInfo? _interface;

    // The activation that took this reference's last call. While it is alive, calls go straight to it; once it is
    // gone (TryEnqueue refuses), the catalog finds or creates the current one. Racy reads are fine: any activation
    // seen here either takes the message or refuses it.
    private ActivationData? _activation;

    public GrainId GrainId { get; private set; }

    public override string ToString() => $"GrainReference:{GrainId}";

    internal void Bind(Catalog? catalog, ClusterRouter? router, GrainInterfaceInfo grainInterface, GrainId grainId)
    {
        _catalog = catalog;
        _router = router;
        _interface = grainInterface;
        GrainId = grainId;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        if (!_interface!.Methods.TryGetValue(targetMethod, out var dispatcher))
        {
            throw new NotSupportedException($"{targetMethod.Name} is not a method of grain interface {_interface.InterfaceType.Name}.");
        }

        return dispatcher.Send(this, args ?? []);
    }

    internal void Deliver(Message message)
    {
        // Embedded mode has no router: one null check and the local path below, as before clustering existed.
        if (_router is { } router && !router.IsLocal(GrainId))
        {
            router.Send(GrainId, message);
            return;
        }

        if (_activation is not { } cached || !cached.TryEnqueue(message))
        {
            _activation = _catalog!.Dispatch(GrainId, _interface!.GrainClass, message);
        }
    }
}
