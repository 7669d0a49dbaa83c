using ApiHost.Api.Handlers.SystemMethods;
using Microsoft.Extensions.Options;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>notice.unread.count (section 2.19): live notices that appeared after the user last read the board
/// (notice.list) or a newer notice (notice.detail). Per user, so it needs a session.</summary>
public sealed class NoticeUnreadCountHandler(IOptions<SystemInitOptions> options) : ApiHandler<NoParameters, UnreadCountResult>
{
    public override string Method => "notice.unread.count";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context)
    {
        var count = await context.Grains.GetGrain<INoticeReadMarkerGrain>(context.RequireUserId()).CountUnread(options.Value.NoticeBoard);
        return Ok("success", new UnreadCountResult(count));
    }
}
