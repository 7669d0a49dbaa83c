using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Orleans.Grains.Content;

/// <summary>One message; after each durable write it is projected to <see cref="MessageReadModel"/>.</summary>
public sealed class MessageGrain(
    [PersistentState("state")] IPersistentState<MessageState> state,
    MessageReadModel readModel,
    TimeProvider clock,
    ILogger<MessageGrain> logger) : Grain, IMessageGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        ContentProjection.HealAsync(readModel, GetPrimaryKeyLong(), state.State.Message, state.Etag, logger, cancellationToken);

    public Task<MessageInfo?> Get() => Task.FromResult(state.State.Message);

    public Task<MessageInfo?> GetLive() =>
        Task.FromResult(state.State.Message is { } m && ContentRules.IsLive(m.Published, m.StartTime, m.EndTime, clock.GetUtcNow()) ? m : null);

    public async Task<MessageInfo> Create(MessageInfo message)
    {
        if (state.State.Message is not null || message.MsgId != GetPrimaryKeyLong())
        {
            throw new InvalidOperationException($"Message {GetPrimaryKeyLong()} exists already or the id differs from the grain's key.");
        }

        var now = clock.GetUtcNow();
        return await WriteAsync(message with { CreatedAt = now, UpdatedAt = now });
    }

    public async Task<MessageInfo?> Update(MessageInfo message)
    {
        if (state.State.Message is not { } old)
        {
            return null;
        }

        return await WriteAsync(message with { MsgId = old.MsgId, CreatedAt = old.CreatedAt, UpdatedAt = clock.GetUtcNow() });
    }

    public async Task<bool> Delete()
    {
        if (state.State.Message is null)
        {
            return false;
        }

        // Cleared, not removed: the storage keeps the version, so the tombstone below outranks any older row.
        await state.ClearStateAsync();
        await ProjectAsync(null);
        return true;
    }

    private async Task<MessageInfo> WriteAsync(MessageInfo message)
    {
        if (message.Check() is { } problem)
        {
            throw problem.ToException();
        }

        state.State.Message = message;
        await state.WriteStateAsync();
        await ProjectAsync(message);
        return message;
    }

    private async Task ProjectAsync(MessageInfo? row)
    {
        if (!await ContentProjection.ProjectAsync(readModel, GetPrimaryKeyLong(), row, state.Etag, logger))
        {
            DeactivateOnIdle();
        }
    }
}
