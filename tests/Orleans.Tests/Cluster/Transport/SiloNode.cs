using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Runtime;

namespace Orleans.Tests.Cluster.Transport;

/// <summary>One silo of a <see cref="TransportCluster"/>.</summary>
public sealed class SiloNode(SiloAddress address, WebApplication app, TestMembership membership)
{
    private bool _stopped;

    public SiloAddress Address => address;

    public string Endpoint => address.Endpoint;

    public TestMembership Membership => membership;

    public IServiceProvider Services => app.Services;

    public IGrainFactory Grains => app.Services.GetRequiredService<IGrainFactory>();

    /// <summary>Activations currently in this silo's catalog.</summary>
    internal int Activations => app.Services.GetRequiredService<Catalog>().Count;

    /// <summary>Stops the host (Kestrel closes its port): the silo is gone for its peers.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
