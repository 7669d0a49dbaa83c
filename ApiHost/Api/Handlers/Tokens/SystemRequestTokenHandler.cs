using Microsoft.Extensions.Options;
using Orleans.Grains.Identity;

namespace ApiHost.Api.Handlers.Tokens;

/// <summary>system.request.token: single-use anti-replay tokens of the signed-in user, valid 30 minutes; the methods
/// that require one (order.submit, seckill.buy) consume them atomically.</summary>
public sealed class SystemRequestTokenHandler(IOptions<RequestTokenOptions> options) : ApiHandler<RequestTokenParameters, RequestTokenResult>
{
    public override string Method => "system.request.token";

    public override bool IsWrite => true;

    public override SessionRequirement Session => SessionRequirement.Required;

    protected override async Task<ApiResult> HandleAsync(RequestTokenParameters parameters, ApiContext context)
    {
        var max = options.Value.MaxPerIssue;
        if (parameters.Number < 1 || parameters.Number > max)
        {
            throw ApiException.Parameter("number", $"最小值为 1，最大值为 {max}");
        }

        var tokens = await context.Grains.GetGrain<IRequestTokenGrain>(context.RequireUserId()).Issue(parameters.Number);
        return Ok("success", new RequestTokenResult(tokens[0], tokens));
    }
}
