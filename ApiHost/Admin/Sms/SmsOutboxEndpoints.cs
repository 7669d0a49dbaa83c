using ApiHost.Admin.Http;

namespace ApiHost.Admin.Sms;

public static class SmsOutboxEndpoints
{
    public static IEndpointRouteBuilder MapSmsOutbox(this IEndpointRouteBuilder routes)
    {
        routes.MapAdminGroup("/v1/sms", "SMS")
            .MapGet("/outbox", ListAsync)
            .WithSummary("Messages the sandbox SMS sender recorded for one mobile number, newest first.")
            .ProducesAdminPage<SmsOutboxItem>();
        return routes;
    }

    /// <param name="mobile">The mobile number, ^1[3-9]\d{9}$.</param>
    /// <param name="context">The request (paging parameters).</param>
    /// <param name="outbox">Reads the outbox grain.</param>
    private static async Task<IResult> ListAsync(string? mobile, HttpContext context, SmsOutboxQuery outbox)
    {
        var paging = AdminPaging.From(context.Request);
        return AdminResults.Page(await outbox.ListAsync(mobile), paging);
    }
}
