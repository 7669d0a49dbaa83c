using Orleans.Tools.LoadTest.Metrics;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>Gets an SMS code the way a tester would: sms.send through the signed API, then the code from the
/// sandbox outbox through the admin API.</summary>
public sealed class SmsCodeSource(YafCaller caller, AdminClient admin)
{
    public const string RegisterKey = "USER_REGISTER_CODE";
    public const string LoginKey = "USER_LOGIN_CODE";

    private const int OutboxAttempts = 5;

    /// <summary>Sends the code; answers the sms.send outcome and, when it succeeded, the code from the outbox, or
    /// the reason there is none (outbox empty after a few short retries, admin API failure).</summary>
    public async Task<(CallOutcome Sent, string? Code, string? Failure)> RequestAsync(string mobile, string key, string uniqueId, StatsRegistry stats, long intendedTicks, CancellationToken cancellationToken)
    {
        var sent = await caller.CallAsync("sms.send", uniqueId, [new("mobile", mobile), new("key", key), new("token", string.Empty)], stats, intendedTicks, cancellationToken);
        if (!sent.IsSuccess)
        {
            return (sent, null, $"sms.send ({key}) answered {sent}");
        }

        for (var attempt = 1; attempt <= OutboxAttempts; attempt++)
        {
            string? code;
            try
            {
                code = await admin.LatestSmsCodeAsync(mobile, cancellationToken, stats);
            }
            catch (AdminException error)
            {
                return (sent, null, error.Message);
            }

            if (!string.IsNullOrEmpty(code))
            {
                return (sent, code, null);
            }

            // The sandbox may write its outbox just after answering; a short wait covers that without hiding a real absence.
            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
        }

        return (sent, null, "sms.send succeeded but the admin SMS outbox has no code for this mobile");
    }
}
