namespace ApiHost.Protocols.Envelope;

/// <summary>Writes an already serialized (and signed) answer with its status: the bytes signed are the bytes sent.</summary>
public sealed class EnvelopeResult(int status, byte[] body) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        httpContext.Response.ContentLength = body.Length;
        await httpContext.Response.Body.WriteAsync(body, httpContext.RequestAborted);
    }
}
