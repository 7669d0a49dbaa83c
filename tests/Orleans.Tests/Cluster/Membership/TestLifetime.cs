using Microsoft.Extensions.Hosting;

namespace Orleans.Tests.Cluster.Membership;

/// <summary>A host lifetime the test drives: it says when the host "has started" and records a stop request.</summary>
public sealed class TestLifetime : IHostApplicationLifetime, IDisposable
{
    private readonly CancellationTokenSource _started = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly CancellationTokenSource _stopped = new();

    public CancellationToken ApplicationStarted => _started.Token;

    public CancellationToken ApplicationStopping => _stopping.Token;

    public CancellationToken ApplicationStopped => _stopped.Token;

    public bool StopRequested { get; private set; }

    public void Start() => _started.Cancel();

    public void StopApplication()
    {
        StopRequested = true;
        _stopping.Cancel();
    }

    public void Dispose()
    {
        _started.Dispose();
        _stopping.Dispose();
        _stopped.Dispose();
    }
}
