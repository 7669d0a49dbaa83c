namespace Orleans.Configuration;

/// <summary>How this process takes part in the cluster.</summary>
public enum ClusterMode
{
    /// <summary>One process: the API host co-hosts the only silo (the default).</summary>
    Embedded,

    /// <summary>This process hosts grains and serves grain calls from peers and clients.</summary>
    Silo,

    /// <summary>This process hosts no grains; every grain call goes to the owning silo.</summary>
    Client,
}
