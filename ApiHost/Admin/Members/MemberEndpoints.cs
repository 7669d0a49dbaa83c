using ApiHost.Admin.Http;

namespace ApiHost.Admin.Members;

public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapAdminMembers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/users", "Users");
        group.MapGet("/", FindAsync).WithSummary("Find a mobile user by mobile number (records carry userid).").ProducesAdminPage<MemberItem>();
        group.MapGet("/{userid:long}", GetAsync).WithSummary("One user with the gold balance.")
            .ProducesAdminSingle<MemberItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/{userid:long}/gold", CreditAsync).WithSummary("Credit (amount > 0) or debit (amount < 0) gold coins, with a reason.")
            .AcceptsAdminJson<GoldCreditRequest>().ProducesAdminSingle<GoldCredited>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        return routes;
    }

    /// <param name="mobile">The mobile number, ^1[3-9]\d{9}$.</param>
    /// <param name="context">The request (paging parameters).</param>
    /// <param name="members">The service.</param>
    private static async Task<IResult> FindAsync(string? mobile, HttpContext context, MemberAdminService members) =>
        AdminResults.Page(await members.FindAsync(mobile), AdminPaging.From(context.Request));

    private static async Task<IResult> GetAsync(long userid, MemberAdminService members) => AdminResults.Single(await members.GetAsync(userid));

    private static async Task<IResult> CreditAsync(long userid, HttpContext context, MemberAdminService members) =>
        AdminResults.Single(await members.CreditAsync(userid, await AdminBody.ReadAsync<GoldCreditRequest>(context.Request, context.RequestAborted)));
}
