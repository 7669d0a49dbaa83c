using ApiHost.Admin.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Catalog;
using Orleans.Tests.TestKit;

// "Catalogue", not "Catalog": Orleans.Tests.Catalog would hide the runtime's Catalog type from the other test namespaces.
namespace Orleans.Tests.Catalogue;

/// <summary>The real API host on memory storage (demo data off unless asked), a signed client, and the admin
/// catalogue service from the host's own container, to build the catalogue a test needs.</summary>
public sealed class CatalogHost : IAsyncDisposable
{
    private CatalogHost(ApiHostFactory factory)
    {
        Factory = factory;
        Client = new YafClient(factory.CreateClient());
    }

    public ApiHostFactory Factory { get; }

    public YafClient Client { get; }

    public CatalogAdminService Admin => Factory.Services.GetRequiredService<CatalogAdminService>();

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public static CatalogHost Start(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?> { ["Storage:Provider"] = "Memory" };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        return new CatalogHost(new ApiHostFactory(all));
    }

    public async Task<long> CategoryAsync(string name, CategoryType type = CategoryType.Goods, long parentId = 0, bool display = true) =>
        (await Admin.CreateCategoryAsync(new CategoryInput(name, parentId, type, 0, display))).CatId;

    /// <summary>A single-spec goods.</summary>
    public async Task<long> GoodsAsync(string name, long catId, int price, int stock = 10, bool onSale = true, int marketPrice = -1) =>
        (await Admin.CreateGoodsAsync(new GoodsInput(
            name, catId, onSale, 0, string.Empty, [], string.Empty,
            [new ProductInput(0, string.Empty, "sku-" + Guid.NewGuid().ToString("N")[..8], marketPrice < 0 ? price : marketPrice, price, stock)]))).GoodsId;

    public ValueTask DisposeAsync() => Factory.DisposeAsync();
}
