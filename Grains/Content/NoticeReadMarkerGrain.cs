using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class NoticeReadMarkerGrain(
    [PersistentState("state")] IPersistentState<NoticeReadMarkerState> state,
    TimeProvider clock) : Grain, INoticeReadMarkerGrain
{
    public async Task<int> CountUnread(string board)
    {
        var live = await GrainFactory.GetGrain<INoticeBoardGrain>(board).GetPublished();
        return state.State.ReadUpTo is { } upTo ? live.Count(n => VisibleSince(n) > upTo) : live.Count;
    }

    public Task MarkAllRead() => MoveTo(clock.GetUtcNow());

    public Task MarkReadUpTo(NoticeInfo notice) => MoveTo(VisibleSince(notice));

    /// <summary>When clients could first see the notice: its creation, or its start when scheduled later. A notice
    /// scheduled ahead thus counts as new when it appears, not when it was written.</summary>
    private static DateTimeOffset VisibleSince(NoticeInfo notice) =>
        notice.StartTime is { } start && start > notice.CreatedAt ? start : notice.CreatedAt;

    private async Task MoveTo(DateTimeOffset time)
    {
        if (state.State.ReadUpTo is { } current && current >= time)
        {
            return;
        }

        state.State.ReadUpTo = time;
        await state.WriteStateAsync();
    }
}
