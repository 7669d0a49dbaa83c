using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.fail: always fails with a business error and counts toward the IP ban, like a wrong login.</summary>
public sealed class FailingProbeHandler : ApiHandler<NoParameters, EmptyResult>
{
    public const string Message = "探针失败";

    public override string Method => "test.fail";

    public override bool CountsTowardIpBan => true;

    protected override Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context) => throw ApiException.Business(Message);
}
