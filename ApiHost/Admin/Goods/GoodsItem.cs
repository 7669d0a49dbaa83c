using ApiHost.Admin.Catalog;

namespace ApiHost.Admin.Goods;

/// <summary>A goods as admins edit it, with each product's live stock from its stock grain.</summary>
public sealed record GoodsItem(
    long Goodsid,
    string GoodsName,
    long CatId,
    bool OnSale,
    int LimitCount,
    string GoodsImg,
    IReadOnlyList<string> GoodsImage,
    string Description,
    IReadOnlyList<GoodsProductItem> Products)
{
    public static GoodsItem From(GoodsAdminView view)
    {
        var g = view.Goods;
        var stock = view.Stock.ToDictionary(s => s.ProductId);
        return new(g.GoodsId, g.Name, g.CatId, g.OnSale, g.LimitCount, g.Image, g.Images, g.Description,
            g.Products.Select(p => GoodsProductItem.From(p, stock.GetValueOrDefault(p.ProductId))).ToList());
    }
}
