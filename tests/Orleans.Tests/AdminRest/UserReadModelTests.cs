using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Grains.Identity;
using Orleans.Grains.ReadModels;
using Orleans.Storage;
using Orleans.Tests.Catalogue;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.AdminRest;

/// <summary>The users read model follows the user grain: a registration whose projection failed shows up once the
/// grain activates again, and a lock is both listed and enforced by the grain.</summary>
public sealed class UserReadModelTests
{
    [Fact]
    public async Task A_user_whose_projection_failed_is_listed_after_the_next_activation_and_a_lock_is_listed_and_enforced()
    {
        FlakyReadModelStore? flaky = null;
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Provider = StorageProviderKind.Memory;
            o.ConfigureServices = services => services.AddSingleton<IReadModelStore>(sp =>
                flaky = new FlakyReadModelStore(ReadModelStoreServices.Create(sp.GetRequiredService<IOptions<GrainStorageOptions>>().Value)));
        });
        var grains = cluster.GrainFactory;
        _ = cluster.Services.GetRequiredService<IReadModelStore>();
        var search = grains.GetGrain<IUserSearchGrain>(0);

        flaky!.FailWrites = true;
        var registered = await grains.GetGrain<IMobileIndexGrain>("13700000041").Register("secret_123");
        Assert.True(registered.Created);
        Assert.Equal(0, (await search.Search(new UserSearch())).Total);

        flaky.FailWrites = false;
        var user = grains.GetGrain<IUserGrain>(registered.UserId);
        var session = await user.Login(SessionSlot.App);
        var listed = Assert.Single((await search.Search(new UserSearch(Mobile: "0041"))).Users);
        Assert.Equal((registered.UserId, "13700000041", false), (listed.UserId, listed.Mobile, listed.Locked));

        Assert.True((await user.SetLocked(true, "风控"))!.Locked);
        Assert.Equal(SessionStatus.Locked, (await user.CheckSession(session!.Token)).Status);
        Assert.Null(await user.Login(SessionSlot.Web));
        var locked = Assert.Single((await search.Search(new UserSearch(Locked: true))).Users);
        Assert.Equal(("风控", true), (locked.LockReason, locked.Locked));
        Assert.Equal(0, (await search.Search(new UserSearch(Locked: false))).Total);
        Assert.Null(await grains.GetGrain<IUserGrain>(987_654_321).SetLocked(true, "x"));
    }
}
