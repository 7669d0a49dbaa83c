using ApiHost.Admin.Http;

namespace ApiHost.Admin.Messages;

public static class MessageEndpoints
{
    public static IEndpointRouteBuilder MapAdminMessages(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/messages", "Messages");
        group.MapGet("/", QueryAsync).WithSummary("Messages newest first, published or not; filter userid (0: messages to every user).")
            .ProducesAdminPage<MessageItem>();
        group.MapGet("/{id:long}", GetAsync).WithSummary("One message.").ProducesAdminSingle<MessageItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Send a message to one user (userid) or to every user (userid 0).")
            .AcceptsAdminJson<MessageRequest>().ProducesAdminSingle<MessageItem>();
        group.MapPut("/{id:long}", UpdateAsync).WithSummary("Replace a message (its c_time stays).")
            .AcceptsAdminJson<MessageRequest>().ProducesAdminSingle<MessageItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:long}", DeleteAsync).WithSummary("Delete a message.").ProducesAdminOk().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="userid">Only messages to this user; 0 for the messages to every user.</param>
    /// <param name="context">The request.</param>
    /// <param name="messages">The service.</param>
    /// <remarks>The filter is declared as a string for Swagger only: the service parses the query itself, so a bad
    /// value answers the admin envelope's 400 naming the field.</remarks>
    private static async Task<IResult> QueryAsync(string? userid, HttpContext context, MessageAdminService messages)
    {
        _ = userid;
        var (page, total) = await messages.QueryAsync(context.Request.Query, AdminPaging.From(context.Request));
        return AdminResults.Query(page, total);
    }

    private static async Task<IResult> GetAsync(long id, MessageAdminService messages) => AdminResults.Single(await messages.GetAsync(id));

    private static async Task<IResult> CreateAsync(HttpContext context, MessageAdminService messages) =>
        AdminResults.Single(await messages.CreateAsync(await AdminBody.ReadAsync<MessageRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(long id, HttpContext context, MessageAdminService messages) =>
        AdminResults.Single(await messages.UpdateAsync(id, await AdminBody.ReadAsync<MessageRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> DeleteAsync(long id, MessageAdminService messages)
    {
        await messages.DeleteAsync(id);
        return AdminResults.Ok();
    }
}
