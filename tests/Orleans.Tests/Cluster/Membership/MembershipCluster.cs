using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Runtime;
using Orleans.Runtime.Membership;
using LogCapture = Orleans.Tests.Admin.LogCapture;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>Several membership instances of one test cluster (a unique ClusterId, so tests never meet) in this
/// process, on one controllable clock. Each instance has its own Redis connection, as separate processes would.
/// Disposing removes the cluster's hash.</summary>
internal sealed class MembershipCluster : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _owned = [];
    private readonly ILoggerFactory _loggers;
    private int _nextPort = 11111;

    public MembershipCluster()
    {
        Options = new ClusterOptions
        {
            ClusterId = "test-" + Guid.NewGuid().ToString("N"),
            Redis = RedisFactAttribute.Configuration!,
            HeartbeatPeriod = TimeSpan.FromSeconds(1),
            RefreshPeriod = TimeSpan.FromSeconds(1),
            DeathTimeout = TimeSpan.FromSeconds(10),
        };
        _loggers = LoggerFactory.Create(builder => builder.AddProvider(Log).SetMinimumLevel(LogLevel.Debug));
        Table = Own(new RedisMembershipTable(Options.Redis, Options.ClusterId));
    }

    public ClusterOptions Options { get; }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

    public LogCapture Log { get; } = new();

    /// <summary>A connection of the test's own, to look at (or damage) the table.</summary>
    public RedisMembershipTable Table { get; }

    /// <param name="redis">Another way to Redis for this silo (a proxy the test can cut).</param>
    /// <param name="endpoint">Another start on an endpoint already used (a restarted process).</param>
    public TestSilo Silo(string? redis = null, string? endpoint = null)
    {
        var address = new SiloAddress(endpoint ?? $"127.0.0.1:{_nextPort++}", Clock.GetUtcNow().UtcTicks);
        var lifetime = new TestLifetime();
        var membership = new RedisClusterMembership(
            Own(new RedisMembershipTable(redis ?? Options.Redis, Options.ClusterId)), Options, Clock, _loggers.CreateLogger<RedisClusterMembership>(), address, lifetime);
        var silo = new TestSilo(address, membership, lifetime);
        membership.ViewChanged += silo.Published.Add;
        return silo;
    }

    public RedisClusterMembership Client() => new(
        Own(new RedisMembershipTable(Options.Redis, Options.ClusterId)), Options, Clock, _loggers.CreateLogger<RedisClusterMembership>(), null, null);

    public async Task<MembershipEntry?> EntryAsync(TestSilo silo) =>
        (await Table.ReadAsync()).Rows.TryGetValue(silo.Address.ToString(), out var row) ? row.Entry : null;

    /// <summary>Moves the clock one heartbeat period at a time, the given silos doing their periodic work after each step.</summary>
    public async Task RunAsync(TimeSpan duration, params TestSilo[] live)
    {
        for (var passed = TimeSpan.Zero; passed < duration; passed += Options.HeartbeatPeriod)
        {
            Clock.Advance(Options.HeartbeatPeriod);
            foreach (var silo in live)
            {
                await silo.TickAsync();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Table.DeleteAsync();
        foreach (var owned in _owned)
        {
            await owned.DisposeAsync();
        }

        _loggers.Dispose();
    }

    private T Own<T>(T disposable)
        where T : IAsyncDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
