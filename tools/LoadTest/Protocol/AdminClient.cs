using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Metrics;

namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>The admin REST calls the load test needs (seed 001 conventions): login, SMS outbox, users, gold, flash
/// sales and orders. Every failure is an <see cref="AdminException"/> with one readable line.</summary>
public sealed class AdminClient(HttpClient http, Uri baseAddress)
{
    /// <summary>Largest page the conventions allow.</summary>
    public const int PageLimit = 2000;

    /// <summary>Bound on pages read for one sale's orders (4 million orders).</summary>
    private const int MaxPages = 2000;

    /// <summary>Name of the outbox reads in the stats tables.</summary>
    public const string OutboxStatsName = "admin sms.outbox";

    private string? _token;

    public async Task LoginAsync(string username, string password, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Post, "v1/login", new Dictionary<string, string> { ["username"] = username, ["password"] = password }, cancellationToken);
        _token = answer.First is { } first ? JsonRead.String(first, "token") : null;
        if (string.IsNullOrEmpty(_token))
        {
            throw new AdminException("admin login answered without a token");
        }
    }

    /// <summary>userid of the user with this mobile, or null when there is none.</summary>
    public async Task<long?> FindUserIdAsync(string mobile, CancellationToken cancellationToken)
    {
        var answer = await SendAsync(HttpMethod.Get, $"v1/users?mobile={Uri.EscapeDataString(mobile)}", null, cancellationToken);
        return answer.First is { } first ? JsonRead.Long(first, "userid") : null;
    }

    /// <summary>The code of the newest SMS sent to <paramref name="mobile"/>, or null when the outbox has none.
    /// Recorded under "admin sms.outbox" in <paramref name="stats"/> when given, failures included.</summary>
    public async Task<string?> LatestSmsCodeAsync(string mobile, CancellationToken cancellationToken, StatsRegistry? stats = null)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var answer = await SendAsync(HttpMethod.Get, $"v1/sms/outbox?mobile={Uri.EscapeDataString(mobile)}&__limit=1", null, cancellationToken);
            stats?.For(OutboxStatsName).Record(new CallOutcome(OutcomeKind.Answer, CallOutcome.Success, answer.Message, default), YafCaller.ElapsedMicros(started));
            return answer.First is { } first ? JsonRead.String(first, "code") : null;
        }
        catch (AdminException error)
        {
            stats?.For(OutboxStatsName).Record(new CallOutcome(OutcomeKind.Invalid, 0, error.Message, default), YafCaller.ElapsedMicros(started));
            throw;
        }
    }

    public Task CreditGoldAsync(long userId, long amount, string reason, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"v1/users/{userId.ToString(CultureInfo.InvariantCulture)}/gold", new { amount, reason }, cancellationToken);

    /// <summary>Creates a flash sale of <paramref name="shards"/> stock shards; times are China time (UTC+8) as the
    /// admin API writes them. Answers its id.</summary>
    public async Task<long> CreateSeckillAsync(long productId, int quota, int price, DateTimeOffset start, DateTimeOffset end, int limitPerUser, int shards, CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, object>
        {
            ["productid"] = productId,
            ["quota"] = quota,
            ["price"] = price,
            ["start_time"] = ChinaTime.Format(start),
            ["end_time"] = ChinaTime.Format(end),
            ["limit_per_user"] = limitPerUser,
            ["shards"] = shards,
        };
        var answer = await SendAsync(HttpMethod.Post, "v1/seckills", body, cancellationToken);
        return answer.First is { } first && JsonRead.Long(first, "id") is { } id
            ? id
            : throw new AdminException("POST /v1/seckills answered without an id");
    }

    /// <summary>Live counters of a sale, or null when the API says it does not exist (HTTP 404).</summary>
    public async Task<SaleCounters?> GetSeckillAsync(long seckillId, CancellationToken cancellationToken)
    {
        var answer = await SendRawAsync(HttpMethod.Get, $"v1/seckills/{seckillId.ToString(CultureInfo.InvariantCulture)}", null, cancellationToken);
        if (answer.HttpStatus == 404)
        {
            return null;
        }

        Require(answer, HttpMethod.Get, "v1/seckills/" + seckillId.ToString(CultureInfo.InvariantCulture));
        return answer.First is { } first ? SaleCounters.From(first) : null;
    }

    /// <summary>Every order of a sale, page by page; also answers the total the API reported.</summary>
    public async Task<(IReadOnlyList<OrderRecord> Orders, long ReportedTotal)> ListOrdersAsync(long seckillId, CancellationToken cancellationToken)
    {
        var orders = new List<OrderRecord>();
        long total = 0;
        for (var page = 1; page <= MaxPages; page++)
        {
            var answer = await SendAsync(
                HttpMethod.Get,
                $"v1/orders?seckill_id={seckillId.ToString(CultureInfo.InvariantCulture)}&__limit={PageLimit}&__page={page}",
                null,
                cancellationToken);
            total = answer.Count;
            var before = orders.Count;
            orders.AddRange(answer.Records.Select(OrderRecord.From));
            if (orders.Count == before || orders.Count >= total)
            {
                break;
            }
        }

        return (orders, total);
    }

    private async Task<AdminAnswer> SendAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        var answer = await SendRawAsync(method, path, body, cancellationToken);
        Require(answer, method, path);
        return answer;
    }

    private static void Require(AdminAnswer answer, HttpMethod method, string path)
    {
        if (!answer.Ok)
        {
            var shortPath = path.Split('?')[0];
            throw new AdminException($"admin API {method} /{shortPath} failed: {(answer.ErrCode != -1 ? $"HTTP {answer.HttpStatus}, errCode {answer.ErrCode}, " : string.Empty)}{answer.Message}");
        }
    }

    private async Task<AdminAnswer> SendRawAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(baseAddress, path));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body, body.GetType());
        }

        if (_token is not null)
        {
            request.Headers.Add("X-Auth-Token", _token);
        }

        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return AdminAnswer.Parse((int)response.StatusCode, text);
        }
        catch (HttpRequestException error)
        {
            throw new AdminException($"cannot reach the admin API at {baseAddress}: {YafCaller.Describe(error)}");
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new AdminException($"admin API {method} /{path.Split('?')[0]} gave no answer within {http.Timeout.TotalSeconds:0.#} s");
        }
    }
}
