using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.crash: an unexpected fault whose message must never reach the client.</summary>
public sealed class CrashProbeHandler : ApiHandler<NoParameters, EmptyResult>
{
    public const string Secret = "connection string Password=hunter2";

    public override string Method => "test.crash";

    protected override Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context) => throw new InvalidOperationException(Secret);
}
