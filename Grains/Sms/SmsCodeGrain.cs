using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Grains.Gateway;
using Orleans.Runtime;

namespace Orleans.Grains.Sms;

/// <summary>Keyed "TEMPLATE:mobile". Sends and checks run in this grain's turn, so the send interval and the
/// wrong-try limit hold under concurrent requests.</summary>
public sealed class SmsCodeGrain(
    [PersistentState("state")] IPersistentState<SmsCodeState> state,
    IOptions<SmsOptions> options,
    ISmsSender sender,
    TimeProvider clock) : Grain, ISmsCodeGrain
{
    private SmsCodeState S => state.State;

    private SmsOptions Options => options.Value;

    private string Template => GetPrimaryKeyString()[..GetPrimaryKeyString().IndexOf(':', StringComparison.Ordinal)];

    private string Mobile => GetPrimaryKeyString()[(GetPrimaryKeyString().IndexOf(':', StringComparison.Ordinal) + 1)..];

    public async Task<SmsSendStatus> Send(string clientIp)
    {
        var now = clock.GetUtcNow();
        if (S.LastSentAt is { } last && now - last < Options.SendInterval)
        {
            return SmsSendStatus.IntervalTooShort;
        }

        // The address first: a caller at its own cap must not be able to burn the number's quota with refused sends.
        if (!await GrainFactory.GetGrain<IIpGuardGrain>(clientIp).TryTakeSmsQuota())
        {
            return SmsSendStatus.IpDailyLimit;
        }

        if (!await GrainFactory.GetGrain<ISmsMobileQuotaGrain>(Mobile).TryTake())
        {
            return SmsSendStatus.MobileDailyLimit;
        }

        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        var previous = (S.Code, S.ExpiresAt, S.WrongTries, S.LastSentAt);
        S.Code = code;
        S.ExpiresAt = now + Options.CodeLifetime;
        S.WrongTries = 0;
        S.LastSentAt = now;
        await state.WriteOrResetAsync(DeactivateOnIdle);
        try
        {
            await sender.SendAsync(new SmsMessage(Mobile, Template, code, SmsTexts.For(Template, code, Options.CodeLifetime), now));
        }
        catch
        {
            // Not delivered: the earlier code stays valid and the caller may retry without waiting out the interval.
            (S.Code, S.ExpiresAt, S.WrongTries, S.LastSentAt) = previous;
            await state.WriteOrResetAsync(DeactivateOnIdle);
            throw;
        }

        return SmsSendStatus.Sent;
    }

    public Task<SmsCheck> Verify(string code) => CheckAsync(code, consume: false);

    public Task<SmsCheck> Consume(string code) => CheckAsync(code, consume: true);

    private async Task<SmsCheck> CheckAsync(string code, bool consume)
    {
        if (S.Code is not { } expected || S.ExpiresAt <= clock.GetUtcNow())
        {
            return SmsCheck.Expired;
        }

        if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(code ?? string.Empty)))
        {
            S.WrongTries++;
            if (S.WrongTries >= Options.MaxWrongTries)
            {
                S.Code = null;
            }

            await state.WriteOrResetAsync(DeactivateOnIdle);
            return SmsCheck.Wrong;
        }

        if (consume)
        {
            S.Code = null;
            await state.WriteOrResetAsync(DeactivateOnIdle);
        }

        return SmsCheck.Correct;
    }
}
