using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Protocol;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>Token churn: per iteration a registered user asks for a login code (sms.send), reads it from the sandbox
/// outbox, logs in by code (user.login, login_type 1) and logs out (user.logout).</summary>
public sealed class LoginScenario(RunContext context) : IScenario
{
    private UserPool? _pool;
    private SmsCodeSource? _sms;

    public bool NeedsAdmin => true;

    public SaleInfo? Sale => null;

    public PrepareInfo? Prepared { get; private set; }

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var prepared = await new UserPreparer(context).PrepareAsync(new UserNeeds(Session: false, Gold: 0, Address: false), cancellationToken);
        Prepared = RunSummary.Prepared(prepared, context.PrepareStats);
        context.Line(RunSummary.PreparedLine(prepared));
        if (prepared.Ready.Count == 0)
        {
            throw new LoadTestException($"no user could be prepared ({prepared.Failed:N0} failed); first: {prepared.FirstFailure}{RunSummary.LimitsHint}");
        }

        _sms = new SmsCodeSource(context.Caller, context.Admin);
        _pool = new UserPool(prepared.Ready);
    }

    public async Task IterateAsync(long intendedTicks, StopSignal stop)
    {
        ArgumentNullException.ThrowIfNull(stop);
        var pool = _pool ?? throw new InvalidOperationException("not prepared");
        TestUser user;
        try
        {
            user = await pool.TakeAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsStopped)
        {
            return;
        }

        try
        {
            // A failed send or outbox read is already counted in the stats; this round ends there.
            var (_, code, _) = await _sms!.RequestAsync(user.Mobile, SmsCodeSource.LoginKey, user.UniqueId, context.LoadStats, intendedTicks, CancellationToken.None);
            if (code is null)
            {
                return;
            }

            var login = await context.Caller.CallAsync(
                "user.login",
                user.UniqueId,
                [new("mobile", user.Mobile), new("login_type", 1), new("code", code)],
                context.LoadStats);
            if (JsonRead.String(login.Data, "token") is { Length: > 0 } token)
            {
                await context.Caller.CallAsync("user.logout", user.UniqueId, [new("token", token)], context.LoadStats);
            }
        }
        finally
        {
            pool.Return(user);
        }
    }

    public Task<string?> ProgressAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    public Task<InvariantReport?> CheckAsync(CancellationToken cancellationToken) => Task.FromResult<InvariantReport?>(null);
}
