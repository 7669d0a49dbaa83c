using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;

namespace Orleans.Runtime;

/// <summary>The silo's activation directory: at most one activation per grain id, created on first message.</summary>
internal sealed class Catalog(
    IServiceProvider services,
    IGrainStorage storage,
    SiloMetrics metrics,
    TimeProvider clock,
    IOptions<GrainCollectionOptions> collectionOptions,
    ILogger<Catalog> logger)
{
    private readonly ConcurrentDictionary<GrainId, ActivationData> _activations = new();
    private IGrainFactory? _grainFactory;
    private ClusterRouter? _router;
    private bool _routerResolved;

    public IServiceProvider Services => services;

    public IGrainFactory GrainFactory => _grainFactory ??= services.GetRequiredService<IGrainFactory>();

    public IGrainStorage Storage => storage;

    public SiloMetrics Metrics => metrics;

    public TimeProvider Clock => clock;

    public GrainCollectionOptions CollectionOptions => collectionOptions.Value;

    public ILogger Logger => logger;

    public int Count => _activations.Count;

    /// <summary>Queues a message on the grain's activation, creating it if there is none. Creation races are
    /// settled by the dictionary: only the activation that got in is ever started. Returns the activation that took
    /// the message, which a grain reference keeps so that its next call skips this lookup.</summary>
    public ActivationData Dispatch(GrainId grainId, GrainClassInfo grainClass, Message message)
    {
        var spinner = new SpinWait();
        while (true)
        {
            if (!_activations.TryGetValue(grainId, out var activation))
            {
                var created = new ActivationData(grainId, grainClass, this);
                activation = _activations.GetOrAdd(grainId, created);
                if (ReferenceEquals(activation, created))
                {
                    metrics.ActivationCreated();
                    created.Activate();
                }
            }

            if (activation.TryEnqueue(message))
            {
                return activation;
            }

            // The activation we found has just finished deactivating and is leaving the directory.
            spinner.SpinOnce();
        }
    }

    /// <summary>Hands on a message whose activation went away before running it. In a cluster the grain may belong
    /// to another silo by now: the router forwards it there (or refuses it, if it came from another process).</summary>
    public void Redispatch(GrainId grainId, GrainClassInfo grainClass, Message message)
    {
        if (!_routerResolved)
        {
            _router = services.GetService<ClusterRouter>();
            _routerResolved = true;
        }

        if (_router is { } router && !router.IsLocal(grainId))
        {
            router.Send(grainId, message);
            return;
        }

        Dispatch(grainId, grainClass, message);
    }

    /// <summary>Starts deactivating every activation whose grain <paramref name="isOwned"/> says this silo no longer
    /// owns (after a membership change). Returns how many started.</summary>
    public int DeactivateNotOwned(Func<GrainId, bool> isOwned)
    {
        var moved = 0;
        foreach (var activation in _activations.Values)
        {
            if (!isOwned(activation.GrainId))
            {
                _ = activation.DeactivateAsync(DeactivationReason.OwnershipChanged);
                moved++;
            }
        }

        return moved;
    }

    public void Remove(ActivationData activation)
    {
        if (_activations.TryRemove(KeyValuePair.Create(activation.GrainId, activation)))
        {
            metrics.ActivationRemoved();
        }
    }

    /// <summary>Starts deactivating every activation idle for at least <paramref name="age"/>.</summary>
    public int CollectIdle(TimeSpan age)
    {
        var collected = 0;
        foreach (var activation in _activations.Values)
        {
            if (activation.TryCollectIfIdle(age))
            {
                collected++;
            }
        }

        return collected;
    }

    /// <summary>Answers every message older than <paramref name="timeout"/> with a TimeoutException.</summary>
    public void ExpireMessages(TimeSpan timeout)
    {
        List<Message>? expired = null;
        foreach (var activation in _activations.Values)
        {
            if (activation.HasMessages)
            {
                activation.CollectExpired(timeout, expired ??= []);
            }
        }

        if (expired is null)
        {
            return;
        }

        foreach (var message in expired)
        {
            message.Fail(new TimeoutException(
                $"Response did not arrive on time in {timeout} for {message.Describe()} on grain {message.Target?.GrainId}."));
        }
    }

    /// <summary>Keys of the activations of grain type <paramref name="type"/> (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<string> ActivationKeys(string type, int limit) =>
        _activations.Keys.Where(id => id.Type == type).Take(limit).Select(id => id.Key).ToList();

    /// <summary>Descriptions of the activations still in the catalog (at most <paramref name="limit"/>).</summary>
    public IReadOnlyList<string> DescribeActivations(int limit) => _activations.Values.Take(limit).Select(a => a.Describe()).ToList();

    public Task DeactivateAllAsync(DeactivationReason reason) =>
        Task.WhenAll(_activations.Values.Select(a => a.DeactivateAsync(reason)));
}
