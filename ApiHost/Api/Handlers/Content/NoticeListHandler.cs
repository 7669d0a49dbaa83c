using ApiHost.Api.Handlers.SystemMethods;
using Microsoft.Extensions.Options;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>notice.list (section 2.17): live notices of the app's board, newest first, 20 per page. A signed-in
/// caller has now seen the board, so every notice visible now counts as read for notice.unread.count.</summary>
public sealed class NoticeListHandler(SessionAuthenticator sessions, IOptions<SystemInitOptions> options)
    : ApiHandler<ContentPageParameters, PagedResult<NoticeListView>>
{
    public override string Method => "notice.list";

    protected override async Task<ApiResult> HandleAsync(ContentPageParameters parameters, ApiContext context)
    {
        var notices = await context.Grains.GetGrain<INoticeBoardGrain>(options.Value.NoticeBoard).GetPublished();
        if (await OptionalSession.UserIdAsync(sessions, context.Token) is { } userId)
        {
            await context.Grains.GetGrain<INoticeReadMarkerGrain>(userId).MarkAllRead();
        }

        return Ok("success", ContentPages.Slice(notices.Select(NoticeListView.From).ToList(), ContentPages.Normalize(parameters.Page)));
    }
}
