namespace Orleans.Configuration;

/// <summary>Options for grain calls.</summary>
public sealed class SiloMessagingOptions
{
    /// <summary>How long a caller waits for a grain call before it gets a <see cref="TimeoutException"/>.
    /// Default 30 seconds, as in Orleans.</summary>
    public TimeSpan ResponseTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
