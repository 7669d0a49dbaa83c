using ApiHost.Admin.Http;
using ApiHost.Admin.Inputs;
using ApiHost.Api.Handlers.SystemMethods;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Notices;

/// <summary>Notices for admins, on the board system.init and the notice methods read (SystemInit:NoticeBoard).</summary>
public sealed class NoticeAdminService(IGrainFactory grains, IOptions<SystemInitOptions> options)
{
    public const int MaxTitle = 100;
    public const int MaxSummary = 500;
    public const int MaxBody = 20_000;

    private INoticeBoardGrain Board => grains.GetGrain<INoticeBoardGrain>(options.Value.NoticeBoard);

    /// <summary>Every notice, published or not, newest first.</summary>
    public async Task<IReadOnlyList<NoticeItem>> ListAsync() => (await Board.List()).Select(NoticeItem.From).ToList();

    public async Task<NoticeItem> GetAsync(long noticeId) =>
        (noticeId > 0 ? await Board.Get(noticeId) : null) is { } notice ? NoticeItem.From(notice) : throw AdminException.NotFound($"notice {noticeId}");

    public async Task<NoticeItem> CreateAsync(NoticeRequest request)
    {
        var notice = Validate(0, request);
        if ((await Board.List()).Count >= NoticeBoardGrain.MaxNotices)
        {
            throw AdminException.Conflict($"notice_id: the board holds its maximum of {NoticeBoardGrain.MaxNotices} notices; delete old ones");
        }

        return NoticeItem.From(await Board.Save(notice));
    }

    public async Task<NoticeItem> UpdateAsync(long noticeId, NoticeRequest request)
    {
        var notice = Validate(noticeId, request);
        await GetAsync(noticeId);
        return NoticeItem.From(await Board.Save(notice));
    }

    /// <summary>Answers what was deleted.</summary>
    public async Task<NoticeItem> DeleteAsync(long noticeId)
    {
        var notice = await GetAsync(noticeId);
        return await Board.Delete(noticeId) ? notice : throw AdminException.NotFound($"notice {noticeId}");
    }

    private static NoticeInfo Validate(long noticeId, NoticeRequest r)
    {
        var title = AdminInput.Text("title", r.Title, MaxTitle);
        var summary = AdminInput.Text("summary", r.Summary, MaxSummary, required: false);
        var body = AdminInput.Text("body", r.Body, MaxBody, required: false);
        var (start, end) = AdminInput.Window(r.StartTime, r.EndTime);
        return new NoticeInfo(noticeId, title, summary, body, r.IsDialog, r.Published, start, end);
    }
}
