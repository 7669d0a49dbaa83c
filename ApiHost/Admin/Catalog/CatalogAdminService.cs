using ApiHost.Api.Handlers.Catalog;
using Orleans;
using Orleans.Grains.Catalog;
using Orleans.Grains.Common;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Catalog;

/// <summary>
/// The catalogue as admins change it: goods with products, albums, sale status, stock adjustments, categories.
/// Every input is checked whole before the first write, so a refusal (a <see cref="CatalogException"/> naming the
/// field) leaves nothing half-written. REST endpoints only bind input and map errors.
/// </summary>
public sealed class CatalogAdminService(IGrainFactory grains)
{
    public const string OpeningStockReason = "opening stock";

    private ICategoryTreeGrain Categories => grains.GetGrain<ICategoryTreeGrain>(CategoryTree.Key);

    public async Task<GoodsAdminView> GetGoodsAsync(long goodsId)
    {
        var goods = await grains.GetGrain<IGoodsGrain>(goodsId).Get() ?? throw GoodsNotFound();
        var stock = await Task.WhenAll(goods.Products.Select(p => grains.GetGrain<IProductStockGrain>(p.ProductId).Get()));
        return new GoodsAdminView(goods, stock);
    }

    /// <summary>Goods of every status from the read model; <see cref="GoodsSearch.IncludeUnlisted"/> decides whether
    /// off-sale goods are included.</summary>
    public Task<GoodsSearchResult> ListGoodsAsync(GoodsSearch search)
    {
        if (search.Limit is < 0 or > GoodsSearch.MaxLimit)
        {
            throw CatalogException.Invalid("__limit", $"must be 0-{GoodsSearch.MaxLimit}");
        }

        return grains.GetGrain<IGoodsSearchGrain>(0).Search(search);
    }

    /// <summary>Creates a goods. It is written off sale first and put on sale only after every product's opening
    /// stock is in, so a crash midway leaves an off-sale goods an admin can finish, never a half-stocked one on sale.</summary>
    public async Task<GoodsInfo> CreateGoodsAsync(GoodsInput input)
    {
        await ValidateAsync(input, existing: null);
        var goodsId = await grains.GetGrain<IIdGeneratorGrain>("goods").Next();
        var firstProduct = await grains.GetGrain<IIdGeneratorGrain>("product").NextBlock(input.Products.Count);
        var products = input.Products.Select((p, i) => ToProduct(p, firstProduct + i)).ToList();
        var goods = ToGoods(goodsId, input, products) with { OnSale = false };
        var grain = grains.GetGrain<IGoodsGrain>(goodsId);
        await grain.Save(goods);
        for (var i = 0; i < products.Count; i++)
        {
            if (input.Products[i].Stock > 0)
            {
                await grains.GetGrain<IProductStockGrain>(products[i].ProductId).Adjust(input.Products[i].Stock, OpeningStockReason);
            }
        }

        return input.OnSale ? (await grain.SetOnSale(true))! : goods;
    }

    /// <summary>Replaces a goods's fields and products. Products left out are kept but disabled (orders refer to them);
    /// new products (id 0) get ids and their opening stock.</summary>
    public async Task<GoodsInfo> UpdateGoodsAsync(long goodsId, GoodsInput input)
    {
        var grain = grains.GetGrain<IGoodsGrain>(goodsId);
        var existing = await grain.Get() ?? throw GoodsNotFound();
        await ValidateAsync(input, existing);
        var fresh = input.Products.Count(p => p.ProductId == 0);
        var nextId = fresh == 0 ? 0 : await grains.GetGrain<IIdGeneratorGrain>("product").NextBlock(fresh);
        var products = input.Products.Select(p => ToProduct(p, p.ProductId != 0 ? p.ProductId : nextId++)).ToList();
        var kept = existing.Products.Where(old => products.All(p => p.ProductId != old.ProductId)).Select(old => old with { Enabled = false });
        var goods = ToGoods(goodsId, input, [.. products, .. kept]);
        await grain.Save(goods);
        for (var i = 0; i < input.Products.Count; i++)
        {
            if (input.Products[i] is { ProductId: 0, Stock: > 0 } added)
            {
                await grains.GetGrain<IProductStockGrain>(products[i].ProductId).Adjust(added.Stock, OpeningStockReason);
            }
        }

        return goods;
    }

    public async Task<GoodsInfo> SetOnSaleAsync(long goodsId, bool onSale) =>
        await grains.GetGrain<IGoodsGrain>(goodsId).SetOnSale(onSale) ?? throw GoodsNotFound();

    public async Task<GoodsInfo> SetImagesAsync(long goodsId, IReadOnlyList<string> images)
    {
        ValidateImages(images);
        return await grains.GetGrain<IGoodsGrain>(goodsId).SetImages(images) ?? throw GoodsNotFound();
    }

    /// <summary>Adds (or removes, with a negative delta) stock through the stock grain, with a reason kept in its
    /// journal. Never sets an absolute value, so sales made meanwhile are not overwritten. Answers the new stock.
    /// With a <paramref name="requestId"/> the change applies once per product: a retry answers the first call's
    /// stock, and the same id with another delta or reason is a conflict.</summary>
    public async Task<int> AdjustStockAsync(long productId, int delta, string reason, string? requestId = null)
    {
        if (delta == 0 || Math.Abs((long)delta) > CatalogLimits.MaxStock)
        {
            throw CatalogException.Invalid("delta", $"must be non-zero and at most {CatalogLimits.MaxStock} either way");
        }

        Text("reason", reason, CatalogLimits.MaxReason, required: true);
        if (requestId is not null && !IsRequestId(requestId))
        {
            throw CatalogException.Invalid("request_id", $"must be 1-{CatalogLimits.MaxRequestId} letters, digits, '-', '_', '.' or ':'");
        }

        var stock = grains.GetGrain<IProductStockGrain>(productId);
        if (productId <= 0 || (await stock.Get()).GoodsId == 0)
        {
            throw CatalogException.NotFound("productid", "no such product");
        }

        var result = await stock.AdjustOnce(new StockDelta(delta, reason.Trim(), requestId));
        return result.Status switch
        {
            StockAdjustStatus.Applied or StockAdjustStatus.Repeated => result.Available,
            StockAdjustStatus.BelowZero => throw CatalogException.Conflict("delta", "would take the available stock below zero"),
            StockAdjustStatus.RequestIdReused => throw CatalogException.Conflict("request_id", "was already used for another delta or reason of this product"),
            _ => throw new InvalidOperationException($"Unknown stock outcome {result.Status}."),
        };
    }

    /// <summary>Request ids are opaque client tokens (a UUID, a timestamped counter); kept short and plain because
    /// the stock grain stores the recent ones with every write.</summary>
    private static bool IsRequestId(string value) =>
        value.Length is > 0 and <= CatalogLimits.MaxRequestId && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public Task<IReadOnlyList<CategoryInfo>> ListCategoriesAsync() => Categories.List();

    public async Task<CategoryInfo> CreateCategoryAsync(CategoryInput input)
    {
        Text("cat_name", input.Name, CatalogLimits.MaxCategoryName, required: true);
        if (!Enum.IsDefined(input.CatType))
        {
            throw CatalogException.Invalid("cat_type", "must be 1 (article), 2 (link) or 3 (goods)");
        }

        if (input.ParentId < 0)
        {
            throw CatalogException.Invalid("parentid", "must be 0 (a root) or a category id");
        }

        Sort(input.Sort);
        return Category(await Categories.Create(input with { Name = input.Name.Trim() }));
    }

    public async Task<CategoryInfo> UpdateCategoryAsync(long catId, CategoryUpdate update)
    {
        Text("cat_name", update.Name, CatalogLimits.MaxCategoryName, required: true);
        Sort(update.Sort);
        return Category(await Categories.Update(catId, update with { Name = update.Name.Trim() }));
    }

    /// <summary>Deletes a category without children; a goods category only when no goods (on sale or not) is in it.</summary>
    public async Task<CategoryInfo> DeleteCategoryAsync(long catId)
    {
        var category = await Categories.Get(catId) ?? throw CatalogException.NotFound("cat_id", "no such category");
        if (category.CatType == CategoryType.Goods
            && (await grains.GetGrain<IGoodsSearchGrain>(0).Search(new GoodsSearch([catId], IncludeUnlisted: true, Limit: 0))).Total > 0)
        {
            throw CatalogException.Conflict("cat_id", "goods are still in this category");
        }

        return Category(await Categories.Delete(catId));
    }

    private static CategoryInfo Category(CategoryChange change) => change.Outcome switch
    {
        CategoryOutcome.Ok => change.Category!,
        CategoryOutcome.NotFound => throw CatalogException.NotFound("cat_id", "no such category"),
        CategoryOutcome.ParentNotFound => throw CatalogException.Invalid("parentid", "no such parent category"),
        CategoryOutcome.ParentTypeMismatch => throw CatalogException.Invalid("parentid", "the parent has another cat_type"),
        CategoryOutcome.TooDeep => throw CatalogException.Invalid("parentid", "categories nest at most 10 levels"),
        CategoryOutcome.TooManyChildren => throw CatalogException.Conflict("parentid", "the parent has its maximum of 900 children"),
        CategoryOutcome.TooMany => throw CatalogException.Conflict("cat_id", "the category tree is full"),
        CategoryOutcome.HasChildren => throw CatalogException.Conflict("cat_id", "delete the subcategories first"),
        _ => throw new InvalidOperationException($"Unknown category outcome {change.Outcome}."),
    };

    private async Task ValidateAsync(GoodsInput input, GoodsInfo? existing)
    {
        Text("goods_name", input.GoodsName, CatalogLimits.MaxGoodsName, required: true);
        Url("goods_img", input.GoodsImg, required: false);
        ValidateImages(input.GoodsImage ?? throw CatalogException.Invalid("goods_image", "is required (may be empty)"));
        Text("description", input.Description, CatalogLimits.MaxDescription, required: false);
        if (input.LimitCount is < 0 or > CatalogLimits.MaxLimitCount)
        {
            throw CatalogException.Invalid("limit_count", $"must be 0 (no limit) to {CatalogLimits.MaxLimitCount}");
        }

        ValidateProducts(input.Products ?? throw CatalogException.Invalid("products", "is required"), existing);
        if (await Categories.Get(input.CatId) is not { CatType: CategoryType.Goods })
        {
            throw CatalogException.Invalid("cat_id", "must be an existing goods category (cat_type 3)");
        }
    }

    private static void ValidateProducts(IReadOnlyList<ProductInput> products, GoodsInfo? existing)
    {
        if (products.Count is 0 or > CatalogLimits.MaxProducts)
        {
            throw CatalogException.Invalid("products", $"must hold 1-{CatalogLimits.MaxProducts} products");
        }

        string[]? specNames = null;
        var seenSpecs = new HashSet<string>(StringComparer.Ordinal);
        var seenSkus = new HashSet<string>(StringComparer.Ordinal);
        var seenIds = new HashSet<long>();
        for (var i = 0; i < products.Count; i++)
        {
            var p = products[i] ?? throw CatalogException.Invalid($"products[{i}]", "is empty");
            var at = $"products[{i}]";
            if (p.ProductId != 0 && (existing is null || existing.Products.All(old => old.ProductId != p.ProductId) || !seenIds.Add(p.ProductId)))
            {
                throw CatalogException.Invalid($"{at}.productid", "must be 0 for a new product or the id of one of this goods's products, once");
            }

            if (p.ProductId != 0 && p.Stock != 0)
            {
                throw CatalogException.Invalid($"{at}.stock", "of an existing product changes only through a stock adjustment");
            }

            Text($"{at}.skuid", p.Skuid, CatalogLimits.MaxSku, required: true);
            if (!seenSkus.Add(p.Skuid.Trim()))
            {
                throw CatalogException.Invalid($"{at}.skuid", "is used by another product of this goods");
            }

            Range($"{at}.market_price", p.MarketPrice, CatalogLimits.MaxPrice);
            Range($"{at}.sales_price", p.SalesPrice, CatalogLimits.MaxPrice);
            Range($"{at}.stock", p.Stock, CatalogLimits.MaxStock);
            Text($"{at}.spec_val", p.SpecVal, CatalogLimits.MaxSpecVal, required: false);
            var pairs = SpecText.Parse(p.SpecVal ?? string.Empty)
                ?? throw CatalogException.Invalid($"{at}.spec_val", "must be empty or like \"颜色:::红色\" (pairs joined by \"|||\")");
            var names = pairs.Select(x => x.Key).ToArray();
            if (products.Count > 1 && names.Length == 0)
            {
                throw CatalogException.Invalid($"{at}.spec_val", "is required when a goods has several products");
            }

            specNames ??= names;
            if (!specNames.SequenceEqual(names))
            {
                throw CatalogException.Invalid($"{at}.spec_val", "must name the same specs, in the same order, as products[0]");
            }

            if (!seenSpecs.Add(p.SpecVal!))
            {
                throw CatalogException.Invalid($"{at}.spec_val", "is used by another product of this goods");
            }
        }
    }

    private static void ValidateImages(IReadOnlyList<string> images)
    {
        if (images.Count > CatalogLimits.MaxImages)
        {
            throw CatalogException.Invalid("goods_image", $"holds at most {CatalogLimits.MaxImages} images");
        }

        for (var i = 0; i < images.Count; i++)
        {
            Url($"goods_image[{i}]", images[i], required: true);
        }
    }

    private static void Text(string field, string? value, int max, bool required)
    {
        if (value is null || (required && string.IsNullOrWhiteSpace(value)))
        {
            throw CatalogException.Invalid(field, "is required");
        }

        if (value.Length > max)
        {
            throw CatalogException.Invalid(field, $"must be at most {max} characters");
        }

        if (value.Any(c => char.IsControl(c) && c is not ('\r' or '\n' or '\t')))
        {
            throw CatalogException.Invalid(field, "must not contain control characters");
        }
    }

    private static void Url(string field, string? value, bool required)
    {
        Text(field, value, CatalogLimits.MaxUrl, required);
        if (value!.Length > 0 && (value.Any(char.IsWhiteSpace)
            || !(value.StartsWith('/') || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("https://", StringComparison.OrdinalIgnoreCase))))
        {
            throw CatalogException.Invalid(field, "must be an http(s) URL or a path starting with /");
        }
    }

    private static void Range(string field, int value, int max)
    {
        if (value < 0 || value > max)
        {
            throw CatalogException.Invalid(field, $"must be 0-{max}");
        }
    }

    private static void Sort(int sort)
    {
        if (Math.Abs((long)sort) > CatalogLimits.MaxSort)
        {
            throw CatalogException.Invalid("sort", $"must be within ±{CatalogLimits.MaxSort}");
        }
    }

    private static ProductInfo ToProduct(ProductInput p, long productId) =>
        new(productId, p.SpecVal ?? string.Empty, p.Skuid.Trim(), p.MarketPrice, p.SalesPrice, p.Enabled);

    private static GoodsInfo ToGoods(long goodsId, GoodsInput input, IReadOnlyList<ProductInfo> products) => new(
        goodsId,
        input.GoodsName.Trim(),
        input.CatId,
        input.OnSale,
        input.LimitCount,
        input.GoodsImg.Length > 0 ? input.GoodsImg : input.GoodsImage.FirstOrDefault() ?? string.Empty,
        [.. input.GoodsImage],
        input.Description,
        products);

    private static CatalogException GoodsNotFound() => CatalogException.NotFound("goodsid", "no such goods");
}
