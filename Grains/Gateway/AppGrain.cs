using Orleans.Runtime;

namespace Orleans.Grains.Gateway;

public sealed class AppGrain([PersistentState("state")] IPersistentState<AppState> state) : Grain, IAppGrain
{
    public Task<AppInfo?> Get() => Task.FromResult(state.State.App);

    public async Task Save(AppInfo app)
    {
        if (app.AppId != GetPrimaryKeyString())
        {
            throw new ArgumentException("The appid of the registration differs from the grain's key.", nameof(app));
        }

        state.State.App = app;
        await state.WriteStateAsync();
    }

    public async Task<bool> SeedIfMissing(AppInfo app)
    {
        if (state.State.App is not null)
        {
            return false;
        }

        await Save(app);
        return true;
    }
}
