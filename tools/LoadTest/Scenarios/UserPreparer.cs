using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Orleans.Tools.LoadTest.Protocol;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>Makes N users ready in parallel: registered through the sandbox SMS outbox (or found, when an earlier
/// run with the same --mobile-prefix made them), logged in by SMS code, credited with gold, given an address.</summary>
public sealed class UserPreparer(RunContext context)
{
    private const int MaxParallel = 32;

    public async Task<PreparedUsers> PrepareAsync(UserNeeds needs, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var sms = new SmsCodeSource(context.Caller, context.Admin);
        var ready = new ConcurrentBag<TestUser>();
        var failures = new ConcurrentQueue<string>();
        var started = Stopwatch.GetTimestamp();
        using var progressStop = new CancellationTokenSource();
        var progress = ReportProgressAsync(ready, failures, options.Users, progressStop.Token);
        try
        {
            await Parallel.ForEachAsync(
                Enumerable.Range(0, options.Users),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(options.Connections, 1, MaxParallel), CancellationToken = cancellationToken },
                async (index, token) =>
                {
                    var user = new TestUser(index, options.Mobile(index), YafSigner.NewNonce());
                    try
                    {
                        var failure = await PrepareOneAsync(user, needs, sms, token);
                        if (failure is null)
                        {
                            ready.Add(user);
                        }
                        else
                        {
                            failures.Enqueue($"{user.Mobile}: {failure}");
                        }
                    }
                    catch (AdminException error)
                    {
                        failures.Enqueue($"{user.Mobile}: {error.Message}");
                    }
                });
        }
        finally
        {
            await progressStop.CancelAsync();
            await progress;
        }

        var list = ready.OrderBy(u => u.Index).ToList();
        return new PreparedUsers(list, failures.Count, failures.TryPeek(out var first) ? first : null, Stopwatch.GetElapsedTime(started));
    }

    /// <summary>Answers null when the user is ready, else the reason it is not.</summary>
    private async Task<string?> PrepareOneAsync(TestUser user, UserNeeds needs, SmsCodeSource sms, CancellationToken cancellationToken)
    {
        var stats = context.PrepareStats;
        var caller = context.Caller;
        var admin = context.Admin;
        var userId = await admin.FindUserIdAsync(user.Mobile, cancellationToken);
        if (userId is null)
        {
            var (sent, code, failure) = await sms.RequestAsync(user.Mobile, SmsCodeSource.RegisterKey, user.UniqueId, stats, 0, cancellationToken);
            if (sent.IsSuccess)
            {
                if (code is null)
                {
                    return failure;
                }

                var registered = await caller.CallAsync(
                    "user.register",
                    user.UniqueId,
                    [new("mobile", user.Mobile), new("password", Password(user)), new("code", code)],
                    stats,
                    abort: cancellationToken);
                if (registered.IsSuccess)
                {
                    user.Token = JsonRead.String(registered.Data, "token") is { Length: > 0 } token ? token : null;
                }
                else if (registered.Code != AlreadyRegistered)
                {
                    return $"user.register answered {registered}";
                }
            }
            else if (sent.Code != AlreadyRegistered)
            {
                return failure;
            }

            userId = await admin.FindUserIdAsync(user.Mobile, cancellationToken);
            if (userId is null)
            {
                return "registered, but GET /v1/users?mobile= finds no such user";
            }
        }

        user.UserId = userId.Value;
        if (needs.Session && user.Token is null && await LoginAsync(user, sms, cancellationToken) is { } loginFailure)
        {
            return loginFailure;
        }

        if (needs.Gold > 0)
        {
            await admin.CreditGoldAsync(user.UserId, needs.Gold, "load test", cancellationToken);
        }

        return needs.Address ? await EnsureAddressAsync(user, cancellationToken) : null;
    }

    /// <summary>Logs in by SMS code (login_type 1): cheap for the host, unlike a password hash per login.</summary>
    internal async Task<string?> LoginAsync(TestUser user, SmsCodeSource sms, CancellationToken cancellationToken)
    {
        var (_, code, failure) = await sms.RequestAsync(user.Mobile, SmsCodeSource.LoginKey, user.UniqueId, context.PrepareStats, 0, cancellationToken);
        if (code is null)
        {
            return failure;
        }

        var login = await context.Caller.CallAsync(
            "user.login",
            user.UniqueId,
            [new("mobile", user.Mobile), new("login_type", 1), new("code", code)],
            context.PrepareStats,
            abort: cancellationToken);
        user.Token = login.IsSuccess ? JsonRead.String(login.Data, "token") : null;
        return string.IsNullOrEmpty(user.Token) ? $"user.login answered {login}" : null;
    }

    /// <summary>Uses the user's first address, adding one only when there is none: the host allows 5 per user, and
    /// reused users must not run out after a few runs.</summary>
    private async Task<string?> EnsureAddressAsync(TestUser user, CancellationToken cancellationToken)
    {
        var list = await context.Caller.CallAsync("user.address.list", user.UniqueId, [new("token", user.Token)], context.PrepareStats, abort: cancellationToken);
        if (list.IsSuccess && JsonRead.Array(list.Data, "list").Select(a => JsonRead.Long(a, "address_id")).FirstOrDefault(id => id is > 0) is { } existing)
        {
            user.AddressId = existing;
            return null;
        }

        var added = await context.Caller.CallAsync(
            "user.address.add",
            user.UniqueId,
            [
                new("token", user.Token),
                new("receiver_name", "压测用户"),
                new("receiver_mobile", user.Mobile),
                new("province", "广东省"),
                new("city", "深圳市"),
                new("district", "南山区"),
                new("street", "粤海街道"),
                new("address", "科技园 " + user.Index.ToString(CultureInfo.InvariantCulture) + " 号"),
            ],
            context.PrepareStats,
            abort: cancellationToken);
        if (added.IsSuccess && JsonRead.Long(added.Data, "address_id") is > 0 and var id)
        {
            user.AddressId = id;
            return null;
        }

        return $"user.address.add answered {added}";
    }

    /// <summary>6-20 letters, digits, underscore (seed 003, 2.6); fixed per mobile so reused users keep it.</summary>
    private static string Password(TestUser user) => "lt_" + user.Mobile;

    private const int AlreadyRegistered = 604;

    private async Task ReportProgressAsync(ConcurrentBag<TestUser> ready, ConcurrentQueue<string> failures, int total, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                context.Line($"preparing users: {ready.Count:N0}/{total:N0} ready, {failures.Count:N0} failed");
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // Preparation is over; the caller prints the summary.
        }
    }
}
