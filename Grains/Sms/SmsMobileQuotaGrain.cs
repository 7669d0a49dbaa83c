using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Sms;

public sealed class SmsMobileQuotaGrain(
    [PersistentState("state")] IPersistentState<SmsMobileQuotaState> state,
    IOptions<SmsOptions> options,
    TimeProvider clock) : Grain, ISmsMobileQuotaGrain
{
    public async Task<bool> TryTake()
    {
        var today = DateOnly.FromDateTime((clock.GetUtcNow() + options.Value.DayUtcOffset).UtcDateTime);
        if (state.State.Day != today)
        {
            state.State.Day = today;
            state.State.Count = 0;
        }

        if (state.State.Count >= options.Value.PerMobilePerDay)
        {
            return false;
        }

        state.State.Count++;
        await state.WriteOrResetAsync(DeactivateOnIdle);

        return true;
    }
}
