using Orleans.Runtime;

namespace Orleans.Grains.Content;

public sealed class MessageInboxGrain([PersistentState("state")] IPersistentState<MessageInboxState> state) : Grain, IMessageInboxGrain
{
    /// <summary>Read marks kept per user; beyond it the oldest (smallest ids) are forgotten, so a user's state stays
    /// bounded however many messages to everyone pile up. A forgotten mark only shows an old message as unread.</summary>
    public const int MaxRemembered = 5000;

    /// <summary>Most ids one <see cref="WhichRead"/> call looks up (a list page holds 20).</summary>
    public const int MaxLookup = 2000;

    public Task<IReadOnlyList<long>> WhichRead(IReadOnlyList<long> msgIds)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(msgIds.Count, MaxLookup);
        return Task.FromResult<IReadOnlyList<long>>(msgIds.Where(state.State.Read.Contains).ToList());
    }

    public async Task<bool> MarkRead(long msgId)
    {
        // Asked of the message itself, so the rule "only your own messages" holds whoever calls the inbox.
        if (msgId <= 0 || await GrainFactory.GetGrain<IMessageGrain>(msgId).GetLive() is not { } message || !message.IsFor(GetPrimaryKeyLong()))
        {
            return false;
        }

        if (!state.State.Read.Add(msgId))
        {
            return true;
        }

        if (state.State.Read.Count > MaxRemembered)
        {
            foreach (var old in state.State.Read.Order().Take(state.State.Read.Count - MaxRemembered).ToList())
            {
                state.State.Read.Remove(old);
            }
        }

        await state.WriteStateAsync();
        return true;
    }
}
