using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Grains.Content;
using Orleans.Grains.ReadModels;
using Orleans.Storage;
using Orleans.Tests.Catalogue;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Content;

/// <summary>News and messages feed their read models after each durable write; a projection lost to a read-model
/// outage is made up for when the grain activates again, deletions included.</summary>
public sealed class ContentProjectionTests : IAsyncLifetime
{
    private FlakyReadModelStore _store = null!;
    private TestCluster _cluster = null!;

    public async Task InitializeAsync() => _cluster = await TestCluster.StartAsync(o =>
    {
        o.Provider = StorageProviderKind.Sqlite;
        o.ConfigureServices = services => services.AddSingleton<IReadModelStore>(sp =>
            _store = new FlakyReadModelStore(ReadModelStoreServices.Create(sp.GetRequiredService<IOptions<GrainStorageOptions>>().Value)));
    });

    public async Task DisposeAsync() => await _cluster.DisposeAsync();

    private IContentSearchGrain Search => _cluster.GrainFactory.GetGrain<IContentSearchGrain>(0);

    [Fact]
    public async Task An_article_whose_projection_failed_is_listed_after_the_grain_activates_again()
    {
        var grain = _cluster.GrainFactory.GetGrain<INewsGrain>(1);
        await grain.Create(new NewsInfo(1, 5, "标题", "", "", "", "正文", true, null, null));
        Assert.Equal(1, (await Search.SearchNews(new NewsSearch())).Total);

        _store.FailWrites = true;
        await grain.Update(new NewsInfo(1, 5, "新标题", "", "", "", "正文", true, null, null));
        Assert.Equal("标题", Assert.Single((await Search.SearchNews(new NewsSearch())).News).Title);

        _store.FailWrites = false;
        Assert.Equal("新标题", (await grain.Get())!.Title);
        Assert.Equal("新标题", Assert.Single((await Search.SearchNews(new NewsSearch())).News).Title);
    }

    [Fact]
    public async Task A_deleted_message_whose_tombstone_failed_leaves_the_lists_once_the_grain_activates_again()
    {
        var grain = _cluster.GrainFactory.GetGrain<IMessageGrain>(1);
        await grain.Create(new MessageInfo(1, MessageInfo.Everyone, 1, 0, "全体", "", "", true, null, null));
        Assert.Equal(1, (await Search.SearchMessages(new MessageSearch([0]))).Total);

        _store.FailWrites = true;
        Assert.True(await grain.Delete());
        Assert.Equal(1, (await Search.SearchMessages(new MessageSearch([0]))).Total);

        _store.FailWrites = false;
        Assert.Null(await grain.Get());
        Assert.Equal(0, (await Search.SearchMessages(new MessageSearch([0], LiveOnly: false))).Total);
    }
}
