namespace Orleans.Configuration;

/// <summary>Cluster settings (configuration section "Cluster"). With the default <see cref="ClusterMode.Embedded"/>
/// nothing here is read: the API host co-hosts a single silo and every grain is local.</summary>
public sealed class ClusterOptions
{
    /// <summary>Embedded (default), Silo (this process hosts grains for the cluster) or Client (an API host that
    /// routes every grain call to the silos).</summary>
    public ClusterMode Mode { get; set; } = ClusterMode.Embedded;

    /// <summary>Names the cluster; silos and clients of one cluster share it (it keys the membership table). Default "orleans".</summary>
    public string ClusterId { get; set; } = "orleans";

    /// <summary>StackExchange.Redis configuration of the membership store, e.g. "127.0.0.1:6379". Empty: the static
    /// list in <see cref="Silos"/> is the membership.</summary>
    public string Redis { get; set; } = "";

    /// <summary>Static membership: silo endpoints ("host:port"), used when <see cref="Redis"/> is empty.</summary>
    public List<string> Silos { get; set; } = [];

    /// <summary>The address a silo listens on for grain calls from peers and clients. Default 127.0.0.1.</summary>
    public string Host { get; set; } = "127.0.0.1";

    /// <summary>The silo's port for grain calls (HTTP/2). Default 11111, as Orleans's silo port.</summary>
    public int Port { get; set; } = 11111;

    /// <summary>How often a silo writes its I-am-alive time. Default 2 seconds.</summary>
    public TimeSpan HeartbeatPeriod { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A silo whose last I-am-alive is older than this is declared dead by its peers. Default 10 seconds.</summary>
    public TimeSpan DeathTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often every process re-reads the membership table. Default 1 second.</summary>
    public TimeSpan RefreshPeriod { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How many times a grain call is retried on another view after its silo failed or refused it. Default 3.</summary>
    public int MaxCallRetries { get; set; } = 3;

    /// <summary>HTTP/2 connections kept to each peer (calls are multiplexed over them). Default 4.</summary>
    public int ConnectionsPerPeer { get; set; } = 4;
}
