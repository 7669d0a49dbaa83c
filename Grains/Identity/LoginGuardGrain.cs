using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Grains.Sms;
using Orleans.Runtime;

namespace Orleans.Grains.Identity;

/// <summary>Checks each credential inside its own turn: attempts of one number run one at a time, so the count is
/// exact and a locked number gets no further checks, however many requests arrive at once.</summary>
public sealed class LoginGuardGrain(
    [PersistentState("state")] IPersistentState<LoginGuardState> state,
    IOptions<LoginGuardOptions> options,
    TimeProvider clock) : Grain, ILoginGuardGrain
{
    private LoginGuardOptions Options => options.Value;

    public async Task<LoginAttemptResult> Attempt(LoginAttempt attempt)
    {
        var now = clock.GetUtcNow();
        if (state.State.LockedUntil is { } lockedUntil && lockedUntil > now)
        {
            return new LoginAttemptResult(LoginAttemptStatus.Locked, lockedUntil);
        }

        var outcome = await CheckAsync(attempt);
        if (outcome == LoginAttemptStatus.Succeeded)
        {
            if (state.State.Failures.Count > 0 || state.State.LockedUntil is not null)
            {
                state.State.Failures.Clear();
                state.State.LockedUntil = null;
                await state.WriteOrResetAsync(DeactivateOnIdle);
            }

            return new LoginAttemptResult(LoginAttemptStatus.Succeeded);
        }

        var failures = state.State.Failures;
        failures.RemoveAll(t => now - t >= Options.FailureWindow);
        failures.Add(now);
        if (failures.Count >= Options.MaxFailures)
        {
            failures.Clear();
            state.State.LockedUntil = now + Options.LockDuration;
            await state.WriteOrResetAsync(DeactivateOnIdle);
            return new LoginAttemptResult(LoginAttemptStatus.Locked, state.State.LockedUntil);
        }

        await state.WriteOrResetAsync(DeactivateOnIdle);
        return new LoginAttemptResult(outcome);
    }

    private async Task<LoginAttemptStatus> CheckAsync(LoginAttempt attempt)
    {
        if (attempt.Method == LoginMethod.Password)
        {
            return await GrainFactory.GetGrain<IUserGrain>(attempt.UserId).VerifyPassword(attempt.Secret)
                ? LoginAttemptStatus.Succeeded
                : LoginAttemptStatus.WrongPassword;
        }

        var check = await GrainFactory.GetGrain<ISmsCodeGrain>(SmsTemplates.CodeKey(SmsTemplates.Login, GetPrimaryKeyString()))
            .Consume(attempt.Secret);
        return check switch
        {
            SmsCheck.Correct => LoginAttemptStatus.Succeeded,
            SmsCheck.Wrong => LoginAttemptStatus.WrongCode,
            _ => LoginAttemptStatus.CodeExpired,
        };
    }
}
