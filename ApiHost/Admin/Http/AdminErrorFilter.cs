namespace ApiHost.Admin.Http;

/// <summary>The outermost filter of every admin endpoint: an <see cref="AdminException"/> becomes its envelope and
/// status; anything else is logged and answers 500 with a generic message, never details.</summary>
public sealed partial class AdminErrorFilter(ILogger<AdminErrorFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (AdminException error)
        {
            return AdminResults.Error(error);
        }
        catch (BadHttpRequestException error)
        {
            // The server's own body limits and malformed transfers, reported in the admin envelope.
            return AdminResults.Error(new AdminException(error.StatusCode, error.StatusCode == StatusCodes.Status413PayloadTooLarge
                ? AdminErrorCodes.BodyTooLarge : AdminErrorCodes.InvalidParameter, "body: could not be read"));
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !context.HttpContext.RequestAborted.IsCancellationRequested)
        {
            LogUnexpected(logger, exception, context.HttpContext.Request.Method, context.HttpContext.Request.Path);
            return AdminResults.Error(new AdminException(StatusCodes.Status500InternalServerError, AdminErrorCodes.Internal, "internal server error"));
        }
    }

    [LoggerMessage(1, LogLevel.Error, "Unexpected fault in admin endpoint {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, PathString path);
}
