using System.Globalization;
using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class NoticeBoardGrain(
    [PersistentState("state")] IPersistentState<NoticeBoardState> state,
    TimeProvider clock) : Grain, INoticeBoardGrain
{
    /// <summary>Bounds what the board (and one durable write of it) carries; old notices are deleted by admins.</summary>
    public const int MaxNotices = 1000;

    private List<NoticeInfo> Notices => state.State.Notices;

    public async Task<NoticeInfo> Save(NoticeInfo notice)
    {
        PublishWindow.RequireText(notice.Title, nameof(notice.Title), 100);
        PublishWindow.RequireText(notice.Summary, nameof(notice.Summary), 500, required: false);
        PublishWindow.RequireText(notice.Body, nameof(notice.Body), 20000, required: false);
        PublishWindow.Validate(notice.StartTime, notice.EndTime);
        var now = clock.GetUtcNow();
        var index = Notices.FindIndex(n => n.NoticeId == notice.NoticeId);
        NoticeInfo stored;
        if (notice.NoticeId == 0)
        {
            if (Notices.Count >= MaxNotices)
            {
                throw new InvalidOperationException($"The board holds at most {MaxNotices} notices.");
            }

            var id = await GrainFactory.GetGrain<IIdGeneratorGrain>("notice").Next();
            stored = notice with { NoticeId = id, CreatedAt = now, UpdatedAt = now, Edition = Edition(id, now) };
            Notices.Add(stored);
        }
        else if (index < 0)
        {
            throw new KeyNotFoundException($"Notice {notice.NoticeId} does not exist.");
        }
        else
        {
            var old = Notices[index];
            var textChanged = old.Title != notice.Title || old.Summary != notice.Summary || old.Body != notice.Body;
            stored = notice with
            {
                CreatedAt = old.CreatedAt,
                UpdatedAt = now,
                Edition = textChanged ? Edition(notice.NoticeId, now) : old.Edition,
            };
            Notices[index] = stored;
        }

        await state.WriteStateAsync();
        return stored;
    }

    public async Task<bool> Delete(long noticeId)
    {
        if (Notices.RemoveAll(n => n.NoticeId == noticeId) == 0)
        {
            return false;
        }

        await state.WriteStateAsync();
        return true;
    }

    public Task<NoticeInfo?> Get(long noticeId) => Task.FromResult(Notices.Find(n => n.NoticeId == noticeId));

    public Task<IReadOnlyList<NoticeInfo>> List() => Task.FromResult<IReadOnlyList<NoticeInfo>>(Newest(Notices).ToList());

    public Task<IReadOnlyList<NoticeInfo>> GetPublished() => Task.FromResult<IReadOnlyList<NoticeInfo>>(Live().ToList());

    public Task<NoticeInfo?> GetDialog() => Task.FromResult(Live().FirstOrDefault(n => n.IsDialog));

    private IEnumerable<NoticeInfo> Live()
    {
        var now = clock.GetUtcNow();
        return Newest(Notices).Where(n => PublishWindow.IsLive(n.Published, n.StartTime, n.EndTime, now));
    }

    private static IEnumerable<NoticeInfo> Newest(IEnumerable<NoticeInfo> notices) => notices.OrderByDescending(n => n.NoticeId);

    /// <summary>Notice id (10 digits) then the edit time (Unix seconds), as in the document's example
    /// "40000000001556786349": unique per notice and text version, and it only grows.</summary>
    private static string Edition(long noticeId, DateTimeOffset time) =>
        noticeId.ToString("D10", CultureInfo.InvariantCulture) + time.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
}
