using ApiHost.Admin.Http;

namespace ApiHost.Admin.Seckills;

public static class SeckillEndpoints
{
    public static IEndpointRouteBuilder MapAdminSeckills(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/seckills", "Flash sales");
        group.MapGet("/", ListAsync).WithSummary("Every flash sale with live counters, newest first.").ProducesAdminPage<SeckillItem>();
        group.MapGet("/{id:long}", GetAsync).WithSummary("One flash sale: quota, sold, remaining, orders, rejections by reason, summed over its shards, with a per-shard breakdown.")
            .ProducesAdminSingle<SeckillItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create a flash sale; its quota comes out of the product's stock (\"shards\": 1..64 splits it over stock shards).")
            .AcceptsAdminJson<SeckillRequest>().ProducesAdminSingle<SeckillCreated>();
        group.MapPut("/{id:long}", UpdateAsync).WithSummary("Change a sale that has not started (the quota difference moves between stock and sale).")
            .AcceptsAdminJson<SeckillRequest>().ProducesAdminSingle<SeckillItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/stop", StopAsync).WithSummary("End a sale now; unsold quota goes back to stock.")
            .ProducesAdminSingle<SeckillItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, SeckillAdminService sales) =>
        AdminResults.Page(await sales.ListAsync(), AdminPaging.From(context.Request));

    private static async Task<IResult> GetAsync(long id, SeckillAdminService sales) => AdminResults.Single(await sales.GetAsync(id));

    private static async Task<IResult> CreateAsync(HttpContext context, SeckillAdminService sales) =>
        AdminResults.Single(await sales.CreateAsync(await AdminBody.ReadAsync<SeckillRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long id, HttpContext context, SeckillAdminService sales) =>
        AdminResults.Single(await sales.UpdateAsync(id, await AdminBody.ReadAsync<SeckillRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> StopAsync(long id, SeckillAdminService sales) => AdminResults.Single(await sales.StopAsync(id));
}
