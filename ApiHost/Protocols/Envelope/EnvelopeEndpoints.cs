namespace ApiHost.Protocols.Envelope;

public static class EnvelopeEndpoints
{
    public const string Path = "/gateway";

    /// <summary>POST /gateway takes seed 004's envelope; other verbs answer 405 in the envelope. GET
    /// /gateway/server-key gives the public key that verifies the answers' signatures.</summary>
    public static IEndpointRouteBuilder MapEnvelopeDialect(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(Path, async (HttpContext context, EnvelopeGateway gateway) =>
            {
                var (status, body) = await gateway.HandleAsync(context);
                return new EnvelopeResult(status, body);
            })
            .DisableAntiforgery()
            .WithTags("Mobile protocol")
            .WithSummary("Seed 004: {head, body} with an RSA-signed, AES-256-GCM or SM4-GCM encrypted body; Action names the method.");
        routes.MapMethods(Path, ["GET", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"], (HttpContext context, EnvelopeKeyRing keys) =>
            {
                context.Response.Headers.Allow = "POST";
                var reply = new EnvelopeReply(StatusCodes.Status405MethodNotAllowed, EnvelopeCodes.MethodNotAllowed, "请求方法错误，请用 POST");
                var body = reply.Write((action, serial, code, content) => EnvelopeSigner.Sign(
                    keys.ServerKey, EnvelopeSigner.ResponseText(action, serial, code, content), System.Security.Cryptography.HashAlgorithmName.SHA256));
                return new EnvelopeResult(StatusCodes.Status405MethodNotAllowed, body);
            })
            .ExcludeFromDescription();
        routes.MapGet(Path + "/server-key", (EnvelopeKeyRing keys) => Results.Text(keys.ServerPublicKeyPem, "application/x-pem-file"))
            .WithTags("Mobile protocol")
            .WithSummary("The server's RSA public key (PEM) that verifies the signatures of POST /gateway answers.");
        return routes;
    }
}
