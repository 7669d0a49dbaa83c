using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Orleans.Runtime.Transport;

/// <summary>The silo side of the transport: checks that this silo owns the grain in its current view (refusing
/// otherwise, without running anything), then queues the call on the local catalog through the same
/// <see cref="MethodDispatcher"/> path as a local call, so turns, reentrancy and response timeouts hold.</summary>
internal sealed partial class GrainCallServer(
    IClusterMembership membership,
    Catalog catalog,
    GrainMethodRegistry methods,
    IHostApplicationLifetime lifetime,
    ILogger<GrainCallServer> logger)
{
    /// <summary>Largest request or answer body: grain arguments are small records; this bounds what a peer can make
    /// a silo buffer.</summary>
    public const int MaxMessageBytes = 4 * 1024 * 1024;

    /// <summary>Most request ids a call's chain carries (deeper chains are cut; a cycle through them then ends in the
    /// response timeout, as without a chain).</summary>
    public const int MaxChainLength = 64;

    /// <summary>Longest grain type, interface or method name accepted (real ones are far shorter).</summary>
    private const int MaxNameLength = 512;

    /// <summary>True between the host's start and the beginning of its shutdown.</summary>
    public bool IsServing => lifetime.ApplicationStarted.IsCancellationRequested && !lifetime.ApplicationStopping.IsCancellationRequested;

    public async Task HandleAsync(HttpContext context)
    {
        GrainCallRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(context.Request.Body, TransportJsonContext.Default.GrainCallRequest, context.RequestAborted);
        }
        catch (JsonException exception)
        {
            LogBadRequest(logger, exception.Message);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        if (request is null || !IsWellFormed(request))
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var answer = await RunAsync(request);
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, answer, TransportJsonContext.Default.GrainCallResponse, context.RequestAborted);
    }

    private async Task<GrainCallResponse> RunAsync(GrainCallRequest request)
    {
        var view = membership.CurrentView;
        if (!IsServing)
        {
            return GrainCallResponse.Refused(view.Version, "not serving");
        }

        var grainId = new GrainId(request.Type, request.Key);
        var local = membership.LocalSilo;
        if (local is null || GrainPlacement.OwnerOf(grainId, view) != local)
        {
            return GrainCallResponse.Refused(view.Version, $"not the owner of {grainId}");
        }

        if (!methods.TryFind(request.Type, request.Interface, request.Method, out var dispatcher))
        {
            return Failed(new ArgumentException($"This silo hosts no method {request.Interface}.{request.Method} on grain type '{request.Type}'."));
        }

        object?[] arguments;
        try
        {
            arguments = GrainCallCodec.DecodeArguments(dispatcher, request.Arguments);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or ArgumentException)
        {
            return Failed(new ArgumentException($"The arguments of {dispatcher.Name} could not be read: {exception.Message}"));
        }

        object? result;
        try
        {
            result = await dispatcher.SendFromRemote(catalog, grainId, arguments, request.Chain ?? []);
        }
        catch (NotOwnerException exception)
        {
            return GrainCallResponse.Refused(membership.CurrentView.Version, exception.Message);
        }
        catch (Exception exception)
        {
            return Failed(exception);
        }

        try
        {
            return new GrainCallResponse(GrainCallStatus.Ok, GrainCallCodec.EncodeResult(dispatcher, result));
        }
        catch (Exception exception) when (exception is NotSupportedException or JsonException or InvalidOperationException)
        {
            // The call ran; only its answer cannot travel. The caller learns why instead of waiting for a timeout.
            return Failed(new InvalidOperationException($"The result of {dispatcher.Name} could not be serialized: {exception.Message}"));
        }
    }

    private static GrainCallResponse Failed(Exception exception)
    {
        var (type, message) = RemoteExceptions.Describe(exception);
        return new GrainCallResponse(GrainCallStatus.Failed, ExceptionType: type, ExceptionMessage: message);
    }

    private static bool IsWellFormed(GrainCallRequest request) =>
        request is { Type.Length: > 0 and <= MaxNameLength, Interface.Length: > 0 and <= MaxNameLength, Method.Length: > 0 and <= MaxNameLength, Arguments: not null } &&
        request.Key is { Length: <= GrainFactory.MaxKeyLength } && (request.Chain is null || request.Chain.Count <= MaxChainLength);

    [LoggerMessage(1, LogLevel.Warning, "A grain call could not be read: {Reason}")]
    private static partial void LogBadRequest(ILogger logger, string reason);
}
