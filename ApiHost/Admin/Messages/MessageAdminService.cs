using ApiHost.Admin.ContentAdmin;
using ApiHost.Admin.Http;
using Orleans;
using Orleans.Grains.Common;
using Orleans.Grains.Content;
using Orleans.Grains.Identity;

namespace ApiHost.Admin.Messages;

/// <summary>Messages for admins: lists on the messages read model (through the content search grain), single messages
/// and changes on the message's own grain. A message goes to an existing user or to everyone (userid 0).</summary>
public sealed class MessageAdminService(IGrainFactory grains)
{
    /// <summary>Messages newest first, published or not; filter userid (0: the messages to everyone).</summary>
    public async Task<(IReadOnlyList<MessageItem> Page, long Total)> QueryAsync(IQueryCollection query, AdminPaging paging)
    {
        var userId = ContentInput.Long(query, "userid");
        var found = await grains.GetGrain<IContentSearchGrain>(0).SearchMessages(new MessageSearch(
            userId is { } id ? [id] : null, LiveOnly: false, (long)(paging.Page - 1) * paging.Limit, paging.Limit));
        return (found.Messages.Select(MessageItem.From).ToList(), found.Total);
    }

    public async Task<MessageItem> GetAsync(long msgId) =>
        MessageItem.From(await FindAsync(msgId) ?? throw AdminException.NotFound($"message {msgId}"));

    public async Task<MessageItem> CreateAsync(MessageRequest request)
    {
        var message = await ValidateAsync(request);
        var id = await grains.GetGrain<IIdGeneratorGrain>("message").Next();
        return MessageItem.From(await grains.GetGrain<IMessageGrain>(id).Create(message with { MsgId = id }));
    }

    public async Task<MessageItem> UpdateAsync(long msgId, MessageRequest request)
    {
        if (await FindAsync(msgId) is null)
        {
            throw AdminException.NotFound($"message {msgId}");
        }

        var message = await ValidateAsync(request);
        return await grains.GetGrain<IMessageGrain>(msgId).Update(message with { MsgId = msgId }) is { } stored
            ? MessageItem.From(stored)
            : throw AdminException.NotFound($"message {msgId}");
    }

    public async Task DeleteAsync(long msgId)
    {
        if (msgId <= 0 || !await grains.GetGrain<IMessageGrain>(msgId).Delete())
        {
            throw AdminException.NotFound($"message {msgId}");
        }
    }

    /// <summary>Ids come from a sequence starting at 1, so other ids are never looked up (no grain for them).</summary>
    private async Task<MessageInfo?> FindAsync(long msgId) => msgId > 0 ? await grains.GetGrain<IMessageGrain>(msgId).Get() : null;

    private async Task<MessageInfo> ValidateAsync(MessageRequest r)
    {
        var message = new MessageInfo(
            0, r.Userid, r.MsgType, r.TypeRefId, r.Title.Trim(), r.Content, r.Url.Trim(), r.Published,
            ContentInput.Time(r.StartTime, "start_time"), ContentInput.Time(r.EndTime, "end_time"));
        ContentInput.ThrowIfInvalid(message.Check());

        // A message to an id nobody owns would never be read; refuse it rather than let it pile up.
        if (r.Userid != MessageInfo.Everyone && await grains.GetGrain<IUserGrain>(r.Userid).GetProfile() is null)
        {
            throw AdminException.Invalid("userid", $"no user {r.Userid}; use 0 for a message to every user");
        }

        return message;
    }
}
