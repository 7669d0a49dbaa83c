using ApiHost.DemoData;
using Orleans.Grains.Catalog;

namespace ApiHost.Admin.Catalog;

/// <summary>The catalogue's demo set: categories of the three types (those of the document's examples), the two goods
/// of section 2.25 with their prices, SKUs, stock and albums, and a dozen more goods. Created through
/// <see cref="CatalogAdminService"/>, so demo rows obey the admin rules; each row is looked up by name first.</summary>
public sealed class CatalogDemoData(CatalogAdminService catalog) : IDemoDataContributor
{
    private const string Voucher = "http://files.xxx.com/images/voucher/";

    public string Name => "catalog";

    public async Task<bool> HasDataAsync(CancellationToken cancellationToken) =>
        (await catalog.ListCategoriesAsync()).Count > 0
        || (await catalog.ListGoodsAsync(new GoodsSearch(IncludeUnlisted: true, Limit: 0))).Total > 0;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var finance = await CategoryAsync("理财资讯", CategoryType.Article);
        await CategoryAsync("基金", CategoryType.Article, finance);
        await CategoryAsync("股票", CategoryType.Article, finance);
        var sports = await CategoryAsync("体育新闻", CategoryType.Article);
        await CategoryAsync("足球", CategoryType.Article, sports);
        await CategoryAsync("篮球", CategoryType.Article, sports);
        await CategoryAsync("搜索引擎", CategoryType.Link);
        await CategoryAsync("技术社区", CategoryType.Link);

        var digital = await CategoryAsync("数码外设", CategoryType.Goods);
        var keyboards = await CategoryAsync("键盘", CategoryType.Goods, digital);
        var mice = await CategoryAsync("鼠标", CategoryType.Goods, digital);
        var clothes = await CategoryAsync("服装", CategoryType.Goods);
        var living = await CategoryAsync("生活用品", CategoryType.Goods);
        var books = await CategoryAsync("图书", CategoryType.Goods);

        await GoodsAsync(new GoodsInput(
            "ikbc C104 樱桃轴机械键盘", keyboards, true, 0, Voucher + "20180822/5b7cbe51ea911.jpg",
            [
                Voucher + "20180822/5b7cbe51ea911.jpg", Voucher + "20180822/5b7cbe53eb153.jpg", Voucher + "20180822/5b7cbe558dc44.jpg",
                Voucher + "20180822/5b7cbe59214c9.jpg", Voucher + "20180822/5b7cbe5b1d2fc.jpg",
            ],
            string.Empty,
            [new ProductInput(0, string.Empty, "ikbc00000001", 399, 399, 993)]));
        await GoodsAsync(new GoodsInput(
            "明基绝地求生吃鸡鼠标", mice, true, 0, Voucher + "20180828/5b84a62196ac6.jpg",
            [
                Voucher + "20180822/5b7cbc17cb04f.jpg", Voucher + "20180822/5b7cbc19bb25c.jpg", Voucher + "20180828/5b84a5c54f47a.jpg",
                Voucher + "20180828/5b84a5c7c2e03.jpg", Voucher + "20180828/5b84a62196ac6.jpg",
            ],
            string.Empty,
            [
                new ProductInput(0, "颜色:::红色", "ben001", 199, 160, 999),
                new ProductInput(0, "颜色:::黑色", "ben002", 199, 160, 999),
            ]));

        await SimpleAsync("ChinaJoy 服装", clothes, 9000, 9000, 50, "cj0001");
        await SimpleAsync("罗技 M330 静音无线鼠标", mice, 129, 99, 300, "logi-m330");
        await SimpleAsync("Cherry MX Board 3.0 机械键盘", keyboards, 499, 449, 120, "cherry-mx30");
        await SimpleAsync("机械键盘实木腕托", keyboards, 89, 69, 500, "wrist-rest-01");
        await SimpleAsync("USB-C 编织数据线 1 米", digital, 39, 29, 2000, "usbc-1m");
        await SimpleAsync("10000mAh 移动电源", digital, 149, 119, 400, "power-10k");
        await SimpleAsync("不锈钢保温杯 500ml", living, 99, 79, 800, "cup-500");
        await SimpleAsync("帆布双肩包", living, 159, 129, 260, "bag-canvas");
        await SimpleAsync("《深入理解计算机系统》", books, 139, 109, 150, "book-csapp");
        await SimpleAsync("《算法导论》", books, 128, 99, 150, "book-clrs");
        await GoodsAsync(new GoodsInput(
            "纯棉圆领 T 恤", clothes, true, 2, string.Empty, [], "纯棉，三种尺码。",
            [
                new ProductInput(0, "尺码:::S", "tee-s", 99, 59, 100),
                new ProductInput(0, "尺码:::M", "tee-m", 99, 59, 100),
                new ProductInput(0, "尺码:::L", "tee-l", 99, 69, 80),
            ]));
        await GoodsAsync(new GoodsInput(
            "加厚电竞鼠标垫", mice, true, 0, string.Empty, [], string.Empty,
            [
                new ProductInput(0, "颜色:::黑色|||尺寸:::大号", "pad-black-l", 59, 39, 300),
                new ProductInput(0, "颜色:::黑色|||尺寸:::小号", "pad-black-s", 39, 25, 300),
                new ProductInput(0, "颜色:::灰色|||尺寸:::大号", "pad-grey-l", 59, 39, 200),
            ]));
    }

    private Task SimpleAsync(string name, long catId, int marketPrice, int salesPrice, int stock, string sku) =>
        GoodsAsync(new GoodsInput(name, catId, true, 0, string.Empty, [], string.Empty, [new ProductInput(0, string.Empty, sku, marketPrice, salesPrice, stock)]));

    private async Task<long> CategoryAsync(string name, CategoryType type, long parentId = 0)
    {
        var existing = (await catalog.ListCategoriesAsync()).FirstOrDefault(c => c.Name == name && c.CatType == type && c.ParentId == parentId);
        return existing?.CatId ?? (await catalog.CreateCategoryAsync(new CategoryInput(name, parentId, type))).CatId;
    }

    private async Task GoodsAsync(GoodsInput goods)
    {
        var sameName = await catalog.ListGoodsAsync(new GoodsSearch(Keywords: goods.GoodsName, IncludeUnlisted: true, Limit: 50));
        if (sameName.Goods.All(g => g.Name != goods.GoodsName))
        {
            await catalog.CreateGoodsAsync(goods);
        }
    }
}
