using ApiHost.Admin.Http;

namespace ApiHost.Admin.Notices;

public static class NoticeEndpoints
{
    public static IEndpointRouteBuilder MapAdminNotices(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/notices", "Notices");
        group.MapGet("/", ListAsync).WithSummary("Every notice, published or not, newest first.").ProducesAdminPage<NoticeItem>();
        group.MapGet("/{noticeid:long}", GetAsync).WithSummary("One notice.")
            .ProducesAdminSingle<NoticeItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create a notice (is_dialog: also the start-up dialog of system.init).")
            .AcceptsAdminJson<NoticeRequest>().ProducesAdminSingle<NoticeItem>().Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{noticeid:long}", UpdateAsync).WithSummary("Replace a notice; a changed text gets a new edition.")
            .AcceptsAdminJson<NoticeRequest>().ProducesAdminSingle<NoticeItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{noticeid:long}", DeleteAsync).WithSummary("Delete a notice; answers what was deleted.")
            .ProducesAdminSingle<NoticeItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, NoticeAdminService notices) =>
        AdminResults.Page(await notices.ListAsync(), AdminPaging.From(context.Request));

    private static async Task<IResult> GetAsync(long noticeid, NoticeAdminService notices) => AdminResults.Single(await notices.GetAsync(noticeid));

    private static async Task<IResult> CreateAsync(HttpContext context, NoticeAdminService notices) =>
        AdminResults.Single(await notices.CreateAsync(await AdminBody.ReadAsync<NoticeRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long noticeid, HttpContext context, NoticeAdminService notices) =>
        AdminResults.Single(await notices.UpdateAsync(noticeid, await AdminBody.ReadAsync<NoticeRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long noticeid, NoticeAdminService notices) => AdminResults.Single(await notices.DeleteAsync(noticeid));
}
