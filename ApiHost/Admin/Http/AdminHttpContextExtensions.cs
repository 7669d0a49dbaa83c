namespace ApiHost.Admin.Http;

public static class AdminHttpContextExtensions
{
    private static readonly object Key = typeof(AdminPrincipal);

    /// <summary>The admin the request was authenticated as; only inside an admin group's authenticated endpoint.</summary>
    public static AdminPrincipal GetAdmin(this HttpContext context) =>
        context.Items[Key] as AdminPrincipal ?? throw new InvalidOperationException("The endpoint is not behind the admin authentication filter.");

    internal static void SetAdmin(this HttpContext context, AdminPrincipal principal) => context.Items[Key] = principal;
}
