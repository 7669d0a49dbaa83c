namespace Orleans.Grains.Content;

public sealed class MessageInboxState
{
    public HashSet<long> Read { get; set; } = [];
}
