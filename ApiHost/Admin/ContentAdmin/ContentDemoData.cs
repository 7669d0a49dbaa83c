using ApiHost.Admin.Catalog;
using ApiHost.Admin.Links;
using ApiHost.Admin.Messages;
using ApiHost.Admin.News;
using ApiHost.Api.Handlers.Content;
using ApiHost.Api.Handlers.SystemMethods;
using ApiHost.DemoData;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;

namespace ApiHost.Admin.ContentAdmin;

/// <summary>The content's demo set: a start-up ad and a home carousel ad, two notices (one a dialog), links and
/// articles in the catalogue demo's link and article categories (when it created them), a message to everyone, and an
/// upgrade row for iOS and one for Android. Links, articles and messages go through the admin services, so demo rows
/// obey the admin rules; every row is looked up (by name or title) before it is created, so a start cut short can run
/// this again.</summary>
public sealed class ContentDemoData(
    IGrainFactory grains,
    CatalogAdminService catalog,
    LinkAdminService links,
    NewsAdminService news,
    MessageAdminService messages,
    IOptions<SystemInitOptions> init,
    IOptions<ContentOptions> content) : IDemoDataContributor
{
    private const string Images = "http://files.xxx.com/images/voucher/";
    private const string Site = "https://github.com/fingerQin";

    public string Name => "content";

    private string StartPosition => init.Value.StartAdPosition;

    private string HomePosition => content.Value.HomeAdPosition;

    private INoticeBoardGrain Board => grains.GetGrain<INoticeBoardGrain>(init.Value.NoticeBoard);

    private IContentSearchGrain Search => grains.GetGrain<IContentSearchGrain>(0);

    public async Task<bool> HasDataAsync(CancellationToken cancellationToken) =>
        await grains.GetGrain<IAdPositionGrain>(StartPosition).GetPosition() is not null
        || await grains.GetGrain<IAdPositionGrain>(HomePosition).GetPosition() is not null
        || (await Board.List()).Count > 0
        || (await grains.GetGrain<ILinkDirectoryGrain>(LinkAdminService.DirectoryKey).List()).Count > 0
        || (await Search.SearchNews(new NewsSearch(LiveOnly: false, Limit: 0))).Total > 0
        || (await Search.SearchMessages(new MessageSearch(LiveOnly: false, Limit: 0))).Total > 0
        || (await grains.GetGrain<IAppUpgradeGrain>(AppUpgradeKey.For(1, null)!).List()).Count > 0
        || (await grains.GetGrain<IAppUpgradeGrain>(AppUpgradeKey.For(2, null)!).List()).Count > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await AdAsync(StartPosition, "APP 启动页广告", 1, new AdInfo(0, "APP 启动页广告", Images + "20190502/5cca477a0f163.png", Site, 0, true, null, null));
        await AdAsync(HomePosition, "APP 首页轮播", 5, new AdInfo(0, "世界杯广告", Images + "20180822/5b9a1b9e34193.png", "https://www.baidu.com", 0, true, null, null));
        await AdAsync(HomePosition, "APP 首页轮播", 5, new AdInfo(0, "积分商城上新", Images + "20180828/5b84a62196ac6.jpg", Site, 1, true, null, null));

        await NoticeAsync("五一放假安排", "尊敬的各位用户，大家好。关于 5.1 节，平台放假时间如下。", false);
        await NoticeAsync("欢迎来到积分商城", "每天都有限时秒杀，积分可以兑换好礼。", true);

        // Links and articles go into the catalogue demo's categories; when the catalogue had data of its own (and
        // so got no demo set), they are left out rather than adding categories to an admin's own tree.
        var engines = await CategoryAsync("搜索引擎", CategoryType.Link);
        var communities = await CategoryAsync("技术社区", CategoryType.Link);
        await LinkAsync(engines, "Google", "https://www.google.com", 0);
        await LinkAsync(engines, "Bing", "https://www.bing.com", 1);
        await LinkAsync(communities, "GitHub", "https://github.com", 0);
        await LinkAsync(communities, "Stack Overflow", "https://stackoverflow.com", 1);

        var finance = await CategoryAsync("理财资讯", CategoryType.Article);
        var funds = finance is { } f ? await CategoryAsync("基金", CategoryType.Article, f) : null;
        var sports = await CategoryAsync("体育新闻", CategoryType.Article);
        var football = sports is { } s1 ? await CategoryAsync("足球", CategoryType.Article, s1) : null;
        var basketball = sports is { } s2 ? await CategoryAsync("篮球", CategoryType.Article, s2) : null;
        await NewsAsync(funds, "指数基金入门：定投的三个误区", "定投不是稳赚不赔，选对指数和坚持同样重要。", "理财周刊");
        await NewsAsync(football, "中超第 20 轮综述", "多场比赛在最后时刻分出胜负。", "体育新闻");
        await NewsAsync(basketball, "新赛季篮球联赛赛程公布", "新赛季将于十月开幕，常规赛共 46 轮。", "体育新闻");
        await NewsAsync(funds, "货币基金收益率持续走低", "七日年化收益率跌破 2%。", "理财周刊");

        await MessageAsync(new MessageRequest(0, "欢迎来到积分商城", "注册即可参与限时秒杀，祝您购物愉快~", Site));

        await UpgradeAsync(1, string.Empty);
        await UpgradeAsync(2, Site);
    }

    private async Task AdAsync(string code, string positionName, int displayCount, AdInfo ad)
    {
        var position = grains.GetGrain<IAdPositionGrain>(code);
        // Creates only when missing (in the grain's turn), so a position an admin made meanwhile is kept as is.
        await position.CreatePosition(new AdPositionInfo(code, positionName, true, displayCount));

        if ((await position.ListAds()).All(a => a.Name != ad.Name))
        {
            await position.SaveAd(ad);
        }
    }

    private async Task NoticeAsync(string title, string summary, bool dialog)
    {
        if ((await Board.List()).All(n => n.Title != title))
        {
            await Board.Save(new NoticeInfo(0, title, summary, summary, dialog, true, null, null));
        }
    }

    /// <summary>The catalogue demo's category of that name, type and parent; null when the tree has none.</summary>
    private async Task<long?> CategoryAsync(string name, CategoryType type, long parentId = 0) =>
        (await catalog.ListCategoriesAsync()).FirstOrDefault(c => c.Name == name && c.CatType == type && c.ParentId == parentId)?.CatId;

    private async Task LinkAsync(long? catId, string name, string url, int sort)
    {
        if (catId is { } id && (await links.ListAsync(new QueryCollection())).All(l => l.LinkName != name))
        {
            await links.CreateAsync(new LinkRequest(id, name, url, Sort: sort));
        }
    }

    private async Task NewsAsync(long? catId, string title, string intro, string source)
    {
        if (catId is not { } id)
        {
            return;
        }

        var sameTitle = await Search.SearchNews(new NewsSearch(Keywords: title, LiveOnly: false, Limit: 50));
        if (sameTitle.News.All(n => n.Title != title))
        {
            await news.CreateAsync(new NewsRequest(id, title, intro, Source: source, Content: $"<p>{intro}</p>"));
        }
    }

    private async Task MessageAsync(MessageRequest message)
    {
        var toEveryone = await Search.SearchMessages(new MessageSearch([MessageInfo.Everyone], LiveOnly: false, Limit: MessageSearch.MaxLimit));
        if (toEveryone.Messages.All(m => m.Title != message.Title))
        {
            await messages.CreateAsync(message);
        }
    }

    private async Task UpgradeAsync(int platform, string url)
    {
        var rows = grains.GetGrain<IAppUpgradeGrain>(AppUpgradeKey.For(platform, null)!);
        if ((await rows.List()).All(r => r.AppV != "1.0.1"))
        {
            await rows.Save(new AppUpgradeRow(0, "1.0.1", "端午节新版闹龙舟", "修复已知问题，秒杀更流畅。", url, 1, false, true, null, null));
        }
    }
}
