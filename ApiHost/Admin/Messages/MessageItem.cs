using ApiHost.Admin.Http;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Messages;

/// <summary>A message for admins; <c>userid</c> 0 is a message to every user.</summary>
public sealed record MessageItem(
    long Msgid,
    long Userid,
    int MsgType,
    long TypeRefId,
    string Title,
    string Content,
    string Url,
    bool Published,
    string? StartTime,
    string? EndTime,
    string CTime,
    string UTime)
{
    public static MessageItem From(MessageInfo m) => new(
        m.MsgId, m.UserId, m.MsgType, m.TypeRefId, m.Title, m.Content, m.Url, m.Published,
        AdminTime.Format(m.StartTime), AdminTime.Format(m.EndTime), AdminTime.Format(m.CreatedAt), AdminTime.Format(m.UpdatedAt));
}
