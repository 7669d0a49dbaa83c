using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.write: a method with side effects (counts its runs), so replays are refused.</summary>
public sealed class WriteProbeHandler : ApiHandler<NoParameters, EmptyResult>
{
    private int _runs;

    public override string Method => "test.write";

    public override bool IsWrite => true;

    public int Runs => Volatile.Read(ref _runs);

    protected override Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context)
    {
        Interlocked.Increment(ref _runs);
        return Task.FromResult(Ok("success", new EmptyResult()));
    }
}
