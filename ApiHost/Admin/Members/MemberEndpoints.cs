using ApiHost.Admin.Http;

namespace ApiHost.Admin.Members;

public static class MemberEndpoints
{
    public static IEndpointRouteBuilder MapAdminMembers(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/users", "Users");
        group.MapGet("/", FindAsync)
            .WithSummary("With mobile: the user of that number (zero or one). Without: every user, newest first; filters mobile_part, locked.")
            .ProducesAdminPage<MemberItem>();
        group.MapGet("/{userid:long}", GetAsync).WithSummary("One user with the gold balance.")
            .ProducesAdminSingle<MemberItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/{userid:long}/gold", CreditAsync).WithSummary("Credit (amount > 0) or debit (amount < 0) gold coins, with a reason.")
            .AcceptsAdminJson<GoldCreditRequest>().ProducesAdminSingle<GoldCredited>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound).Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPost("/{userid:long}/lock", LockAsync).WithSummary("Lock a user, with a reason: sessions end, logins are refused until unlocked.")
            .AcceptsAdminJson<UserLockRequest>().ProducesAdminSingle<MemberItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapDelete("/{userid:long}/lock", UnlockAsync).WithSummary("Unlock a user (they log in again; old sessions stay ended).")
            .ProducesAdminSingle<MemberItem>().Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    /// <param name="mobile">The mobile number, ^1[3-9]\d{9}$: finds that user only.</param>
    /// <param name="mobile_part">Without mobile: users whose number contains these digits.</param>
    /// <param name="locked">Without mobile: true only locked users, false only unlocked ones.</param>
    /// <param name="context">The request (paging parameters).</param>
    /// <param name="members">The service.</param>
    private static async Task<IResult> FindAsync(string? mobile, string? mobile_part, string? locked, HttpContext context, MemberAdminService members)
    {
        _ = (mobile_part, locked);
        var paging = AdminPaging.From(context.Request);
        if (context.Request.Query.ContainsKey("mobile"))
        {
            return AdminResults.Page(await members.FindAsync(mobile), paging);
        }

        var (page, total) = await members.ListAsync(context.Request.Query, paging);
        return AdminResults.Query(page, total);
    }

    private static async Task<IResult> LockAsync(long userid, HttpContext context, MemberAdminService members) =>
        AdminResults.Single(await members.LockAsync(userid, await AdminBody.ReadAsync<UserLockRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UnlockAsync(long userid, MemberAdminService members) => AdminResults.Single(await members.UnlockAsync(userid));

    private static async Task<IResult> GetAsync(long userid, MemberAdminService members) => AdminResults.Single(await members.GetAsync(userid));

    private static async Task<IResult> CreditAsync(long userid, HttpContext context, MemberAdminService members) =>
        AdminResults.Single(await members.CreditAsync(userid, await AdminBody.ReadAsync<GoldCreditRequest>(context.Request, context.RequestAborted)));
}
