using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>message.list (section 2.20): the live messages to the user and to everyone, newest first, 20 per page,
/// from the messages read model, with the user's read marks from their inbox grain.</summary>
public sealed class MessageListHandler : ApiHandler<MessageListParameters, PagedResult<MessageView>>
{
    public override string Method => "message.list";

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(MessageListParameters parameters, ApiContext context)
    {
        var userId = context.RequireUserId();
        var page = ContentPages.Normalize(parameters.Page);
        var (offset, limit) = ContentPages.Window(page);
        var found = await context.Grains.GetGrain<IContentSearchGrain>(0)
            .SearchMessages(new MessageSearch([MessageInfo.Everyone, userId], LiveOnly: true, offset, limit));
        var read = found.Messages.Count == 0
            ? []
            : (await context.Grains.GetGrain<IMessageInboxGrain>(userId).WhichRead(found.Messages.Select(m => m.MsgId).ToList())).ToHashSet();
        return Ok("success", ContentPages.Of(found.Messages.Select(m => MessageView.From(m, read.Contains(m.MsgId))).ToList(), found.Total, page));
    }
}
