using ApiHost.Api.Handlers.SystemMethods;
using Microsoft.Extensions.Options;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>notice.detail (section 2.18): one live notice; a signed-in caller has read it (and what came before it).</summary>
public sealed class NoticeDetailHandler(SessionAuthenticator sessions, IOptions<SystemInitOptions> options)
    : ApiHandler<NoticeDetailParameters, NoticeDetailView>
{
    public override string Method => "notice.detail";

    protected override async Task<ApiResult> HandleAsync(NoticeDetailParameters parameters, ApiContext context)
    {
        // Only live notices: an unpublished, scheduled or expired one reads as missing, like an unknown id.
        var notices = await context.Grains.GetGrain<INoticeBoardGrain>(options.Value.NoticeBoard).GetPublished();
        var notice = notices.FirstOrDefault(n => n.NoticeId == parameters.Noticeid) ?? throw ApiException.Business("公告不存在或已下线");
        if (await OptionalSession.UserIdAsync(sessions, context.Token) is { } userId)
        {
            await context.Grains.GetGrain<INoticeReadMarkerGrain>(userId).MarkReadUpTo(notice);
        }

        return Ok("success", NoticeDetailView.From(notice));
    }
}
