using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>Stands in for user.login v1.0.0 so the document's test vector (whose data names that method) can run
/// through the whole pipeline; it answers the username it received.</summary>
public sealed class VectorLoginProbeHandler : ApiHandler<VectorLoginParameters, VectorLoginParameters>
{
    public override string Method => "user.login";

    protected override Task<ApiResult> HandleAsync(VectorLoginParameters parameters, ApiContext context) =>
        Task.FromResult(Ok("probe", parameters with { Password = string.Empty }));
}
