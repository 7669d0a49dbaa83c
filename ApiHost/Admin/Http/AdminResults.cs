namespace ApiHost.Admin.Http;

/// <summary>Builds the admin envelopes. Endpoints return these instead of serialising their own shapes.</summary>
public static class AdminResults
{
    public const string OkMessage = "OK";

    public static IResult Ok() => Results.Json(new AdminReply(AdminErrorCodes.Ok, OkMessage), AdminJson.Options);

    /// <summary>One page and the total number of matching records.</summary>
    public static IResult Query<T>(IReadOnlyList<T> page, long total) =>
        Results.Json(new AdminQueryReply<T>(AdminErrorCodes.Ok, OkMessage, page, total), AdminJson.Options);

    /// <summary>A page of <paramref name="all"/> as <paramref name="paging"/> asks.</summary>
    public static IResult Page<T>(IReadOnlyList<T> all, AdminPaging paging) => Query(paging.Apply(all), all.Count);

    /// <summary>A single record (a create or an update answering what it stored): data holds it, count is 1.</summary>
    public static IResult Single<T>(T item) => Query<T>([item], 1);

    public static IResult Error(AdminException error) =>
        Results.Json(new AdminReply(error.ErrCode, error.Message), AdminJson.Options, statusCode: error.Status);
}
