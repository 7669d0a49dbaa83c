using Orleans.Runtime;

namespace Orleans.Grains.Common;

/// <summary>The write rule of grains that change memory before storage: when the write fails, memory is ahead of what is
/// durable, so the activation is dropped and the next call starts from storage again.</summary>
internal static class StateWrites
{
    public static async Task WriteOrResetAsync<TState>(this IPersistentState<TState> state, Action deactivateOnIdle)
        where TState : new()
    {
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            deactivateOnIdle();
            throw;
        }
    }
}
