using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Gateway;

public sealed class MaintenanceGrain([PersistentState("state")] IPersistentState<MaintenanceState> state, TimeProvider clock)
    : Grain, IMaintenanceGrain
{
    public Task<MaintenanceInfo> Get() => Task.FromResult(state.State.Info ?? MaintenanceInfo.Off);

    public async Task<MaintenanceInfo> Set(bool enabled, string message)
    {
        state.State.Info = new MaintenanceInfo(enabled, message, clock.GetUtcNow());
        await state.WriteOrResetAsync(DeactivateOnIdle);
        return state.State.Info;
    }
}
