using ApiHost.Admin.Http;

namespace ApiHost.Admin.News;

public static class NewsEndpoints
{
    public static IEndpointRouteBuilder MapAdminNews(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/news", "News");
        group.MapGet("/", QueryAsync).WithSummary("Articles newest first, published or not (without content); filters cat_id, keywords (title).")
            .ProducesAdminPage<NewsItem>();
        group.MapGet("/{id:long}", GetAsync).WithSummary("One article with its content.").ProducesAdminSingle<NewsItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create an article in an article category (cat_type 1).")
            .AcceptsAdminJson<NewsRequest>().ProducesAdminSingle<NewsItem>();
        group.MapPut("/{id:long}", UpdateAsync).WithSummary("Replace an article (its c_time stays).")
            .AcceptsAdminJson<NewsRequest>().ProducesAdminSingle<NewsItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete an article.").ProducesAdminOk().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="cat_id">Only articles of this category.</param>
    /// <param name="keywords">Only articles whose title contains this text.</param>
    /// <param name="context">The request.</param>
    /// <param name="news">The service.</param>
    /// <remarks>The filters are declared as strings for Swagger only: the service parses the query itself, so a bad
    /// value answers the admin envelope's 400 naming the field.</remarks>
    private static async Task<IResult> QueryAsync(string? cat_id, string? keywords, HttpContext context, NewsAdminService news)
    {
        _ = (cat_id, keywords);
        var (page, total) = await news.QueryAsync(context.Request.Query, AdminPaging.From(context.Request));
        return AdminResults.Query(page, total);
    }

    private static async Task<IResult> GetAsync(long id, NewsAdminService news) => AdminResults.Single(await news.GetAsync(id));

    private static async Task<IResult> CreateAsync(HttpContext context, NewsAdminService news) =>
        AdminResults.Single(await news.CreateAsync(await AdminBody.ReadAsync<NewsRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long id, HttpContext context, NewsAdminService news) =>
        AdminResults.Single(await news.UpdateAsync(id, await AdminBody.ReadAsync<NewsRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long id, NewsAdminService news)
    {
        await news.DeleteAsync(id);
        return AdminResults.Ok();
    }
}
