using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>message.read.status (section 2.21): marks one of the user's messages read. A message to someone else
/// reads as missing, exactly like an unknown id, so ids of others' messages cannot be probed.</summary>
public sealed class MessageReadStatusHandler : ApiHandler<MessageReadParameters, EmptyResult>
{
    public override string Method => "message.read.status";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(MessageReadParameters parameters, ApiContext context)
    {
        if (!await context.Grains.GetGrain<IMessageInboxGrain>(context.RequireUserId()).MarkRead(parameters.Msgid))
        {
            throw ApiException.Business("消息不存在");
        }

        return new ApiResult("设置成功");
    }
}
