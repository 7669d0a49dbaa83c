using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.unwritable: succeeds with data that fails serialization.</summary>
public sealed class UnwritableProbeHandler : ApiHandler<NoParameters, UnwritableData>
{
    public override string Method => "test.unwritable";

    protected override Task<ApiResult> HandleAsync(NoParameters parameters, ApiContext context) =>
        Task.FromResult(Ok("success", new UnwritableData("secret-note", double.NaN)));
}
