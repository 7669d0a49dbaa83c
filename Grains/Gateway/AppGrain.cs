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

        // Listed after the write, and on every save, so an interrupted first save is listed by the next one.
        await GrainFactory.GetGrain<IAppDirectoryGrain>("default").Add(app.AppId);
    }

    public async Task<bool> SeedIfMissing(AppInfo app)
    {
        if (state.State.App is not null)
        {
            // Stores written before the directory existed get their seeded appids listed on the next start.
            await GrainFactory.GetGrain<IAppDirectoryGrain>("default").Add(app.AppId);
            return false;
        }

        await Save(app);
        return true;
    }

    public async Task<AppInfo?> Update(AppChange change)
    {
        if (state.State.App is not { } app)
        {
            return null;
        }

        await Save(app with
        {
            Enabled = change.Enabled ?? app.Enabled,
            IpRanges = change.IpRanges ?? app.IpRanges,
            Secret = change.Secret ?? app.Secret,
            Dialects = change.Dialects ?? app.Dialects,
            EnvelopeKeys = change.EnvelopeKeys ?? app.EnvelopeKeys,
        });
        return state.State.App;
    }
}
