using Microsoft.Extensions.Options;
using Orleans.Runtime;

namespace Orleans.Grains.Sms;

/// <summary>The sandbox outbox of one mobile number: a bounded, persisted list, newest first.</summary>
public sealed class SmsOutboxGrain(
    [PersistentState("outbox")] IPersistentState<SmsOutboxState> state,
    IOptions<SmsOutboxOptions> options) : Grain, ISmsOutboxGrain
{
    public async Task Append(SmsMessage message)
    {
        var messages = state.State.Messages;
        messages.Insert(0, message);
        var keep = Math.Max(1, options.Value.MessagesPerMobile);
        if (messages.Count > keep)
        {
            messages.RemoveRange(keep, messages.Count - keep);
        }

        await state.WriteStateAsync();
    }

    public Task<IReadOnlyList<SmsMessage>> List(int limit) =>
        Task.FromResult<IReadOnlyList<SmsMessage>>(state.State.Messages.Take(Math.Max(0, limit)).ToList());
}
