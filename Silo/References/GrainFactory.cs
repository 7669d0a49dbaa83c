using System.Globalization;
using Microsoft.Extensions.DependencyInjection;

namespace Orleans.Runtime;

/// <summary>Creates grain references. Creating one touches nothing but memory; the grain activates on first call.
/// In a cluster (a <see cref="ClusterRouter"/> is registered) references route each call to the grain's owner; a
/// client has no catalog at all.</summary>
internal sealed class GrainFactory(GrainTypeManager types, IServiceProvider services) : IGrainFactory
{
    private readonly Catalog? _catalog = services.GetService<Catalog>();
    private readonly ClusterRouter? _router = services.GetService<ClusterRouter>();

    /// <summary>Longest accepted key; keys come from clients (mobile numbers, tokens) and end up in storage rows.</summary>
    public const int MaxKeyLength = 512;

    public TGrainInterface GetGrain<TGrainInterface>(string primaryKey) where TGrainInterface : IGrainWithStringKey
    {
        ArgumentNullException.ThrowIfNull(primaryKey);
        if (primaryKey.Length > MaxKeyLength)
        {
            throw new ArgumentException($"Grain keys are at most {MaxKeyLength} characters.", nameof(primaryKey));
        }

        return Create<TGrainInterface>(primaryKey);
    }

    public TGrainInterface GetGrain<TGrainInterface>(long primaryKey) where TGrainInterface : IGrainWithIntegerKey =>
        Create<TGrainInterface>(primaryKey.ToString(CultureInfo.InvariantCulture));

    private TGrainInterface Create<TGrainInterface>(string key)
    {
        var info = types.GetInterface(typeof(TGrainInterface));
        var proxy = info.References.Create();
        proxy.Bind(_catalog, _router, info, new GrainId(info.GrainClass.TypeName, key));
        return (TGrainInterface)(object)proxy;
    }
}
