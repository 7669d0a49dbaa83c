namespace Orleans.Grains.Content;

public sealed class MessageState
{
    public MessageInfo? Message { get; set; }
}
