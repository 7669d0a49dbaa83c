using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.origin: answers the scheme and host the gateway passed on (the base of absolute URLs).</summary>
public sealed class OriginProbeHandler : ApiHandler<NoParameters, OriginResult>
{
    public override string Method => "test.origin";

    protected override Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context) =>
        Task.FromResult(Ok("success", new OriginResult(context.Request.Origin)));
}
