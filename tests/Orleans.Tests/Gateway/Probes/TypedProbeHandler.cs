using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.typed: binds required typed parameters and answers them.</summary>
public sealed class TypedProbeHandler : ApiHandler<TypedParameters, TypedParameters>
{
    public override string Method => "test.typed";

    protected override Task<ApiResult> HandleAsync(TypedParameters parameters, ApiContext context) => Task.FromResult(Ok("success", parameters));
}
