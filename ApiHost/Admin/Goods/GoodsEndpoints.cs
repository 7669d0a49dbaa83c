using ApiHost.Admin.Http;

namespace ApiHost.Admin.Goods;

public static class GoodsEndpoints
{
    public static IEndpointRouteBuilder MapAdminGoods(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/goods", "Goods");
        group.AddEndpointFilter<CatalogErrorFilter>();
        group.MapGet("/", ListAsync)
            .WithSummary("Goods of every status, newest first; filters cat_id (with its subcategories), keywords (in the name), on_sale (true: visible to clients).")
            .ProducesAdminPage<GoodsListItem>();
        group.MapGet("/{goodsid:long}", GetAsync).WithSummary("One goods with its products and their live stock.")
            .ProducesAdminSingle<GoodsItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create a goods with its products and their opening stock.")
            .AcceptsAdminJson<GoodsRequest>().ProducesAdminSingle<GoodsItem>();
        group.MapPut("/{goodsid:long}", UpdateAsync)
            .WithSummary("Replace a goods's fields and products (products left out are disabled; stock changes only through /stock).")
            .AcceptsAdminJson<GoodsRequest>().ProducesAdminSingle<GoodsItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPut("/{goodsid:long}/sale", SetOnSaleAsync).WithSummary("Put a goods on sale or take it off.")
            .AcceptsAdminJson<GoodsSaleRequest>().ProducesAdminSingle<GoodsItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPut("/{goodsid:long}/images", SetImagesAsync).WithSummary("Replace a goods's album (goods_image).")
            .AcceptsAdminJson<GoodsImagesRequest>().ProducesAdminSingle<GoodsItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/{goodsid:long}/stock", AdjustStockAsync)
            .WithSummary("Add or remove stock of a product by a delta with a reason, through the stock grain (never an overwrite).")
            .WithDescription("Send a `request_id` (e.g. a UUID) to make the POST safe to retry: the product applies one id once and answers "
                + "a retry with the first answer; the same id with another delta or reason answers 409 naming `request_id`. "
                + "Example: `{\"productid\": 38, \"delta\": 20, \"reason\": \"补货\", \"request_id\": \"7f0c2f6e-4a1b-4f55-9a57-0d3c7f2b9e11\"}`.")
            .AcceptsAdminJson<StockAdjustRequest>().ProducesAdminSingle<StockAdjusted>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapGet("/{goodsid:long}/stock", JournalAsync).WithSummary("The stock journal of the goods's products (filter productid), newest first.")
            .ProducesAdminPage<StockJournalItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="cat_id">A goods category: its goods and those of its subcategories.</param>
    /// <param name="keywords">A part of the goods name.</param>
    /// <param name="on_sale">true: goods clients can see (on sale with an enabled product); false: the others.</param>
    /// <param name="context">The request.</param>
    /// <param name="goods">The service.</param>
    /// <remarks>Filters are declared as strings for Swagger only: the service parses the query itself, so a bad value
    /// answers the admin envelope's 400 naming the field.</remarks>
    private static async Task<IResult> ListAsync(string? cat_id, string? keywords, string? on_sale, HttpContext context, GoodsAdminService goods)
    {
        _ = (cat_id, keywords, on_sale);
        var (page, total) = await goods.ListAsync(context.Request.Query, AdminPaging.From(context.Request));
        return AdminResults.Query(page, total);
    }

    private static async Task<IResult> GetAsync(long goodsid, GoodsAdminService goods) => AdminResults.Single(await goods.GetAsync(goodsid));

    private static async Task<IResult> CreateAsync(HttpContext context, GoodsAdminService goods) =>
        AdminResults.Single(await goods.CreateAsync(await AdminBody.ReadAsync<GoodsRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long goodsid, HttpContext context, GoodsAdminService goods) =>
        AdminResults.Single(await goods.UpdateAsync(goodsid, await AdminBody.ReadAsync<GoodsRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> SetOnSaleAsync(long goodsid, HttpContext context, GoodsAdminService goods) =>
        AdminResults.Single(await goods.SetOnSaleAsync(goodsid, await AdminBody.ReadAsync<GoodsSaleRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> SetImagesAsync(long goodsid, HttpContext context, GoodsAdminService goods) =>
        AdminResults.Single(await goods.SetImagesAsync(goodsid, await AdminBody.ReadAsync<GoodsImagesRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> AdjustStockAsync(long goodsid, HttpContext context, GoodsAdminService goods) =>
        AdminResults.Single(await goods.AdjustStockAsync(goodsid, await AdminBody.ReadAsync<StockAdjustRequest>(context.Request, context.RequestAborted)));

    /// <param name="goodsid">The goods.</param>
    /// <param name="productid">Only this product's changes.</param>
    /// <param name="context">The request.</param>
    /// <param name="goods">The service.</param>
    private static async Task<IResult> JournalAsync(long goodsid, string? productid, HttpContext context, GoodsAdminService goods)
    {
        _ = productid;
        return AdminResults.Page(await goods.JournalAsync(goodsid, context.Request.Query), AdminPaging.From(context.Request));
    }
}
