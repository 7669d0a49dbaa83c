using System.Collections.Concurrent;
using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Metrics;
using Orleans.Tools.LoadTest.Protocol;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>The flash sale: prepared buyers with gold, an address and request tokens fire seckill.buy at one sale
/// (created for the run, or reused with --seckill-id); afterwards the sale's books are checked.</summary>
public sealed class SeckillScenario(RunContext context) : IScenario
{
    public const string BuyMethod = "seckill.buy";

    /// <summary>How long after the sale's start a run waits for it to report itself running.</summary>
    private static readonly TimeSpan StartGrace = TimeSpan.FromSeconds(15);

    /// <summary>A reused sale that starts later than this is an error rather than a wait.</summary>
    private static readonly TimeSpan LongestWaitForStart = TimeSpan.FromSeconds(60);

    private readonly ConcurrentDictionary<string, long> _acknowledged = new(StringComparer.Ordinal);
    private UserPool? _pool;
    private long _units;
    private int _tokensPerFetch = 1;

    public bool NeedsAdmin => true;

    public SaleInfo? Sale { get; private set; }

    public PrepareInfo? Prepared { get; private set; }

    /// <summary>Units of the orders answered to buyers (each order_sn once).</summary>
    public long AcknowledgedUnits => Interlocked.Read(ref _units);

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var options = context.Options;
        SaleInfo sale;
        if (options.SeckillId is { } reuseId)
        {
            sale = await DescribeExistingAsync(reuseId, cancellationToken);
        }
        else
        {
            var productId = options.ProductId ?? await new ProductFinder(context).FindAsync(options.Quota, cancellationToken);
            sale = new SaleInfo(0, productId, options.Quota, options.Price, options.LimitPerUser, Created: true, options.Shards);
        }

        if (sale.LimitPerUser > 0 && options.Quantity > sale.LimitPerUser)
        {
            throw new LoadTestException($"--quantity {options.Quantity} is above the sale's limit of {sale.LimitPerUser} per user: every buy would be refused");
        }

        var unitsPerUser = sale.LimitPerUser > 0 ? sale.LimitPerUser : sale.Quota;
        _tokensPerFetch = Math.Clamp((unitsPerUser + options.Quantity - 1) / options.Quantity, 1, 5);
        var prepared = await new UserPreparer(context).PrepareAsync(new UserNeeds(Session: true, Gold: (long)sale.Price * unitsPerUser, Address: true), cancellationToken);
        Prepared = RunSummary.Prepared(prepared, context.PrepareStats);
        context.Line(RunSummary.PreparedLine(prepared));
        if (prepared.Ready.Count == 0)
        {
            throw new LoadTestException($"no user could be prepared ({prepared.Failed:N0} failed); first: {prepared.FirstFailure}{RunSummary.LimitsHint}");
        }

        if (!sale.Created)
        {
            Sale = sale;
        }
        else
        {
            // Created after the users, so a slow preparation does not eat into the sale's window.
            var start = DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds() + 2);
            var end = start + options.Duration + TimeSpan.FromMinutes(2);
            var id = await context.Admin.CreateSeckillAsync(sale.ProductId, sale.Quota, sale.Price, start, end, sale.LimitPerUser, options.Shards, cancellationToken);
            Sale = sale with { SeckillId = id };
            context.Line($"created flash sale {id}: product {sale.ProductId}, quota {sale.Quota:N0}, price {sale.Price:N0}, limit {sale.LimitPerUser:N0} per user, {options.Shards} shard{(options.Shards == 1 ? "" : "s")}, {ChinaTime.Format(start)} to {ChinaTime.Format(end)} (UTC+8)");
        }

        await Parallel.ForEachAsync(
            prepared.Ready,
            new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(options.Connections, 1, 32), CancellationToken = cancellationToken },
            async (user, token) => await RefillTokensAsync(user, context.PrepareStats, token));
        var withoutTokens = prepared.Ready.Count(u => u.RequestTokens.Count == 0);
        if (withoutTokens == prepared.Ready.Count)
        {
            var failure = context.PrepareStats.For("system.request.token").Answers().FirstOrDefault(a => a.Key.Code != "200").Key;
            throw new LoadTestException($"system.request.token gave no user a request token (first answer: {failure.Code} {failure.Message})");
        }

        await WaitUntilRunningAsync(Sale.SeckillId, cancellationToken);
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
            return; // the run ended while every user was busy
        }

        try
        {
            await BuyAsync(user, intendedTicks, stop);
        }
        finally
        {
            pool.Return(user);
        }
    }

    public async Task<string?> ProgressAsync(CancellationToken cancellationToken)
    {
        var acknowledged = $"{_acknowledged.Count:N0} orders";
        if (Sale is null)
        {
            return acknowledged;
        }

        try
        {
            var counters = await context.Admin.GetSeckillAsync(Sale.SeckillId, cancellationToken);
            return counters is null ? acknowledged : $"{acknowledged}, remaining {counters.Remaining:N0} of {counters.Quota:N0}";
        }
        catch (Exception error) when (error is AdminException or OperationCanceledException)
        {
            return $"{acknowledged}, remaining ~{Math.Max(0, Sale.Quota - AcknowledgedUnits):N0} (admin API slow or failing)";
        }
    }

    public async Task<InvariantReport?> CheckAsync(CancellationToken cancellationToken)
    {
        var sale = Sale ?? throw new InvalidOperationException("not prepared");
        var counters = await SettledCountersAsync(sale.SeckillId, cancellationToken);
        var (orders, total) = await context.Admin.ListOrdersAsync(sale.SeckillId, cancellationToken);
        return InvariantChecker.Check(counters, orders, total, sale.LimitPerUser, _acknowledged.Keys.ToList());
    }

    private async Task BuyAsync(TestUser user, long intendedTicks, StopSignal stop)
    {
        var options = context.Options;
        if (user.RequestTokens.Count == 0)
        {
            // The previous token bought something (or was refused as spent): a real client fetches a new one first.
            await RefillTokensAsync(user, context.LoadStats, CancellationToken.None);
            if (user.RequestTokens.Count == 0)
            {
                return;
            }
        }

        var outcome = await context.Caller.CallAsync(
            BuyMethod,
            user.UniqueId,
            [
                new("token", user.Token),
                new("seckill_id", Sale!.SeckillId),
                new("quantity", options.Quantity),
                new("address_id", user.AddressId),
                new("request_token", user.RequestTokens.Peek()),
            ],
            context.LoadStats,
            intendedTicks);
        if (outcome.IsSuccess)
        {
            user.RequestTokens.Dequeue();
            if (JsonRead.String(outcome.Data, "order_sn") is { Length: > 0 } orderSn && _acknowledged.TryAdd(orderSn, user.UserId))
            {
                Interlocked.Add(ref _units, options.Quantity);
            }

            return;
        }

        if (outcome.Kind != OutcomeKind.Answer)
        {
            // Whether the server used the token is unknown; a fresh one keeps the next buy unambiguous.
            user.RequestTokens.Dequeue();
            return;
        }

        switch (outcome.Message)
        {
            case SeckillMessages.InvalidToken:
                user.RequestTokens.Dequeue();
                break;
            case SeckillMessages.SoldOut when !options.KeepGoing:
                stop.Stop("sold out");
                break;
            case SeckillMessages.Ended when !options.KeepGoing:
                stop.Stop("sale ended");
                break;
            default:
                // Rejected before the decision (limit, gold, not started...): the token is still good; keep it.
                break;
        }
    }

    private async Task RefillTokensAsync(TestUser user, StatsRegistry stats, CancellationToken cancellationToken)
    {
        var answer = await context.Caller.CallAsync(
            "system.request.token",
            user.UniqueId,
            [new("token", user.Token), new("number", _tokensPerFetch)],
            stats,
            abort: cancellationToken);
        if (!answer.IsSuccess)
        {
            return;
        }

        var tokens = JsonRead.Array(answer.Data, "tokens").Select(t => t.ValueKind == System.Text.Json.JsonValueKind.String ? t.GetString() : null).OfType<string>().Where(t => t.Length > 0).ToList();
        if (tokens.Count == 0 && JsonRead.String(answer.Data, "token") is { Length: > 0 } single)
        {
            tokens.Add(single);
        }

        foreach (var token in tokens)
        {
            user.RequestTokens.Enqueue(token);
        }
    }

    private async Task<SaleInfo> DescribeExistingAsync(long seckillId, CancellationToken cancellationToken)
    {
        var detail = await context.Caller.CallAsync("seckill.detail", context.AnonymousDevice, [new("seckill_id", seckillId)], context.PrepareStats, abort: cancellationToken);
        if (!detail.IsSuccess)
        {
            throw detail.Code == 404 || detail.Message == SeckillMessages.NotFound
                ? new LoadTestException($"flash sale {seckillId} not found ({detail})")
                : new LoadTestException($"seckill.detail of sale {seckillId} answered {detail}");
        }

        if (await context.Admin.GetSeckillAsync(seckillId, cancellationToken) is null)
        {
            throw new LoadTestException($"flash sale {seckillId} not found by the admin API (GET /v1/seckills/{seckillId})");
        }

        var data = detail.Data;
        var status = JsonRead.Int(data, "status");
        if (status == 3)
        {
            throw new LoadTestException($"flash sale {seckillId} has ended (end_time {JsonRead.String(data, "end_time")} UTC+8); create a new one by leaving out --seckill-id");
        }

        var sale = new SaleInfo(
            seckillId,
            JsonRead.Long(data, "productid") ?? 0,
            JsonRead.Int(data, "quota") ?? 0,
            JsonRead.Int(data, "price") ?? 0,
            JsonRead.Int(data, "limit_per_user") ?? 0,
            Created: false);
        context.Line($"reusing flash sale {seckillId}: product {sale.ProductId}, quota {sale.Quota:N0}, remaining {JsonRead.Int(data, "remaining") ?? 0:N0}, price {sale.Price:N0}, limit {sale.LimitPerUser:N0} per user");
        return sale;
    }

    /// <summary>Waits until seckill.detail says the sale is running (status 1) or already sold out (2).</summary>
    private async Task WaitUntilRunningAsync(long seckillId, CancellationToken cancellationToken)
    {
        var waitedSince = DateTimeOffset.UtcNow;
        while (true)
        {
            var detail = await context.Caller.CallAsync("seckill.detail", context.AnonymousDevice, [new("seckill_id", seckillId)], context.PrepareStats, abort: cancellationToken);
            if (!detail.IsSuccess)
            {
                throw new LoadTestException($"seckill.detail of sale {seckillId} answered {detail}");
            }

            var startText = JsonRead.String(detail.Data, "start_time");
            switch (JsonRead.Int(detail.Data, "status"))
            {
                case 1:
                    return;
                case 2:
                    context.Line($"flash sale {seckillId} is already sold out: every buy will be rejected{(context.Options.KeepGoing ? string.Empty : " (add --keep-going to measure rejections for the whole duration)")}");
                    return;
                case 3:
                    throw new LoadTestException($"flash sale {seckillId} has ended");
            }

            var start = ChinaTime.Parse(startText) ?? waitedSince;
            var now = DateTimeOffset.UtcNow;
            if (start - now > LongestWaitForStart)
            {
                throw new LoadTestException($"flash sale {seckillId} starts at {startText} (UTC+8), more than {LongestWaitForStart.TotalSeconds:0} s from now");
            }

            if (now - (start > waitedSince ? start : waitedSince) > StartGrace)
            {
                throw new LoadTestException($"flash sale {seckillId} should have started at {startText} (UTC+8) but seckill.detail still reports status {JsonRead.String(detail.Data, "status")}; are the clocks of this machine and the host apart?");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    /// <summary>Counters once they stop moving: a buy whose answer timed out on our side may still be finishing.</summary>
    private async Task<SaleCounters> SettledCountersAsync(long seckillId, CancellationToken cancellationToken)
    {
        SaleCounters? previous = null;
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var counters = await context.Admin.GetSeckillAsync(seckillId, cancellationToken)
                ?? throw new LoadTestException($"flash sale {seckillId} is no longer found by the admin API");
            if (counters == previous)
            {
                return counters;
            }

            previous = counters;
            await Task.Delay(TimeSpan.FromMilliseconds(300), cancellationToken);
        }

        return previous!;
    }
}
