using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Protocol;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>The client half of a seckill.buy without a sale behind it: each iteration signs and sends a request of
/// seckill.buy's shape and size (fresh nonce and timestamp, same parameters) and reads the envelope. Aimed at a bare
/// endpoint it measures the ceiling of this machine, this HTTP stack and this generator (bench/ of docs/BENCHMARKS.md);
/// aimed at the product it measures the gateway's answer to an unknown session. Prepares and checks nothing.</summary>
public sealed class PingScenario(RunContext context) : IScenario
{
    private readonly string _device = YafSigner.NewNonce();
    private readonly string _sessionToken = YafSigner.NewNonce();
    private readonly string _requestToken = YafSigner.NewNonce();

    public bool NeedsAdmin => false;

    public SaleInfo? Sale => null;

    public PrepareInfo? Prepared => null;

    public Task PrepareAsync(CancellationToken cancellationToken)
    {
        context.Line("ping: signed requests of seckill.buy's shape, no users, no sale, no invariant check");
        return Task.CompletedTask;
    }

    public Task IterateAsync(long intendedTicks, StopSignal stop) =>
        context.Caller.CallAsync(
            SeckillScenario.BuyMethod,
            _device,
            [
                new("token", _sessionToken),
                new("seckill_id", 1L),
                new("quantity", context.Options.Quantity),
                new("address_id", 1L),
                new("request_token", _requestToken),
            ],
            context.LoadStats,
            intendedTicks);

    public Task<string?> ProgressAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<InvariantReport?> CheckAsync(CancellationToken cancellationToken) => Task.FromResult<InvariantReport?>(null);
}
