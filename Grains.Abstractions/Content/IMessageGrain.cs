namespace Orleans.Grains.Content;

/// <summary>One message, keyed by its id (sequence "message"). Each message feeds the messages read model, on which
/// a user's list (messages to them and to everyone) and the admin list run.</summary>
public interface IMessageGrain : IGrainWithIntegerKey
{
    /// <summary>The message, published or not (admins); null when there is none.</summary>
    Task<MessageInfo?> Get();

    /// <summary>The message when clients may see it now (published, inside its window); else null.</summary>
    Task<MessageInfo?> GetLive();

    /// <summary>Creates the message under this grain's id (MsgId must equal the key). Invalid input is refused with an
    /// <see cref="ArgumentException"/> naming the field; an id that already holds a message is refused.</summary>
    Task<MessageInfo> Create(MessageInfo message);

    /// <summary>Replaces the message, keeping its creation time; null when there is none.</summary>
    Task<MessageInfo?> Update(MessageInfo message);

    /// <summary>False when there was no message.</summary>
    Task<bool> Delete();
}
