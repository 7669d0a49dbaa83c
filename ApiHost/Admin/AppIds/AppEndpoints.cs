using ApiHost.Admin.Http;

namespace ApiHost.Admin.AppIds;

public static class AppEndpoints
{
    public static IEndpointRouteBuilder MapAdminApps(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapAdminGroup("/v1/apps", "Appids");
        group.MapGet("/", ListAsync).WithSummary("List appids (without secrets).").ProducesAdminPage<AppItem>();
        group.MapGet("/{appid}", GetAsync).WithSummary("One appid (without its secret).").ProducesAdminSingle<AppItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithSummary("Create an appid; answers its generated secret, this once.")
            .AcceptsAdminJson<AppCreateRequest>().ProducesAdminSingle<AppItem>()
            .Produces<AdminReply>(StatusCodes.Status409Conflict);
        group.MapPut("/{appid}", UpdateAsync).WithSummary("Enable or disable an appid, or replace its IP ranges or the protocols (dialects) it may use.")
            .AcceptsAdminJson<AppUpdateRequest>().ProducesAdminSingle<AppItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/{appid}/secret", RotateAsync).WithSummary("Rotate the signing secret; answers the new one, this once.")
            .ProducesAdminSingle<AppItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapGet("/{appid}/envelope", GetEnvelopeAsync).WithSummary("The appid's seed-004 public key (never its symmetric keys).")
            .ProducesAdminSingle<AppEnvelopeItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPut("/{appid}/envelope", RegisterEnvelopeAsync)
            .WithSummary("Register the appid's seed-004 keys: RSA public key (PEM), optionally AES/SM4 keys; generated keys are answered this once.")
            .AcceptsAdminJson<AppEnvelopeRequest>().ProducesAdminSingle<AppEnvelopeItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        group.MapPost("/{appid}/envelope/keys", RotateEnvelopeAsync)
            .WithSummary("Rotate the appid's seed-004 AES and SM4 keys; answers the new ones, this once. The old ones fail at once.")
            .ProducesAdminSingle<AppEnvelopeItem>()
            .Produces<AdminReply>(StatusCodes.Status404NotFound);
        return routes;
    }

    private static async Task<IResult> ListAsync(HttpContext context, AppAdminService apps)
    {
        var paging = AdminPaging.From(context.Request);
        return AdminResults.Page(await apps.ListAsync(), paging);
    }

    private static async Task<IResult> GetAsync(string appid, AppAdminService apps) => AdminResults.Single(await apps.GetAsync(appid));

    private static async Task<IResult> CreateAsync(HttpContext context, AppAdminService apps) =>
        AdminResults.Single(await apps.CreateAsync(await AdminBody.ReadAsync<AppCreateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> UpdateAsync(string appid, HttpContext context, AppAdminService apps) =>
        AdminResults.Single(await apps.UpdateAsync(appid, await AdminBody.ReadAsync<AppUpdateRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> GetEnvelopeAsync(string appid, AppAdminService apps) =>
        AdminResults.Single(await apps.GetEnvelopeAsync(appid));

    private static async Task<IResult> RegisterEnvelopeAsync(string appid, HttpContext context, AppAdminService apps) =>
        AdminResults.Single(await apps.RegisterEnvelopeAsync(appid, await AdminBody.ReadAsync<AppEnvelopeRequest>(context.Request, context.RequestAborted)));

    private static async Task<IResult> RotateEnvelopeAsync(string appid, AppAdminService apps) =>
        AdminResults.Single(await apps.RotateEnvelopeKeysAsync(appid));

    private static async Task<IResult> RotateAsync(string appid, AppAdminService apps) => AdminResults.Single(await apps.RotateSecretAsync(appid));
}
