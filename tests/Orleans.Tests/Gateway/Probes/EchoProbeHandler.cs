using ApiHost.Api;

namespace Orleans.Tests.Gateway.Probes;

/// <summary>test.echo: a read method that answers its parameters, to see what reached the handler.</summary>
public sealed class EchoProbeHandler : ApiHandler<EchoParameters, EchoParameters>
{
    public override string Method => "test.echo";

    protected override Task<ApiResult> HandleAsync(EchoParameters parameters, ApiContext context) => Task.FromResult(Ok("success", parameters));
}
