using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>One message of section 2.20's list; is_read 0 unread, 1 read.</summary>
public sealed record MessageView(long Msgid, int MsgType, long TypeRefId, int IsRead, string Title, string Content, string Url, string CTime)
{
    public static MessageView From(MessageInfo message, bool read) => new(
        message.MsgId, message.MsgType, message.TypeRefId, read ? 1 : 0, message.Title, message.Content, message.Url, ApiTime.Format(message.CreatedAt));
}
