using Orleans.Runtime;

namespace Orleans.Bench.Grains;

public sealed class WriterGrain([PersistentState("state")] IPersistentState<WriterState> state) : Grain, IWriterGrain
{
    public async Task<int> Write(int value)
    {
        state.State.Value = value;
        state.State.Writes++;
        state.State.Note = "order-" + value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await state.WriteStateAsync();
        return state.State.Writes;
    }
}
