using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Orleans.Runtime.Transport;

/// <summary>Sends grain calls to silos over HTTP/2 (cleartext, prior knowledge). One pooled HttpClient per peer
/// endpoint; calls are multiplexed as streams over up to <see cref="ClusterOptions.ConnectionsPerPeer"/> connections
/// (SocketsHttpHandler opens another connection when a connection's stream limit is reached).</summary>
internal sealed partial class SiloTransportClient(IOptions<ClusterOptions> options, ILogger<SiloTransportClient> logger) : IDisposable
{
    public const string CallPath = "/orleans/grain-call";

    /// <summary>How long opening a connection may take; beyond it the peer counts as unreachable (and the call, never
    /// sent, is retried elsewhere).</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(3);

    private static readonly MediaTypeHeaderValue JsonContentType = new("application/json");

    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Sends one attempt of <paramref name="call"/> to <paramref name="silo"/>. Answers the caller itself
    /// when the outcome is final: a result, a grain exception, a timeout, or an answer lost after the request went out
    /// (the call may have run, so it is not retried: <see cref="SiloUnavailableException"/>).</summary>
    public async Task<CallAttempt> SendAsync(SiloAddress silo, GrainId grainId, IGrainCall call, TimeSpan timeout)
    {
        var dispatcher = call.Dispatcher;
        var envelope = new GrainCallRequest(
            grainId.Type, grainId.Key, dispatcher.InterfaceName, dispatcher.MethodKey,
            GrainCallCodec.EncodeArguments(dispatcher, call.Arguments),
            call.Caller?.ChainFrom(GrainCallServer.MaxChainLength));
        using var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(envelope, TransportJsonContext.Default.GrainCallRequest));
        content.Headers.ContentType = JsonContentType;
        using var request = new HttpRequestMessage(HttpMethod.Post, CallPath)
        {
            Content = content,
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
        };

        using var deadline = new CancellationTokenSource(timeout);
        GrainCallResponse? answer;
        try
        {
            using var response = await ClientFor(silo).SendAsync(request, HttpCompletionOption.ResponseContentRead, deadline.Token).ConfigureAwait(false);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                call.Fail(new SiloUnavailableException(
                    $"Silo {silo} answered {dispatcher.Name} on grain {grainId} with HTTP {(int)response.StatusCode}; the call may or may not have run."));
                return CallAttempt.Answered;
            }

            answer = await response.Content.ReadFromJsonAsync(TransportJsonContext.Default.GrainCallResponse, deadline.Token).ConfigureAwait(false);
        }
        catch (Exception exception) when (NeverSent(exception, deadline.Token))
        {
            LogNotConnected(logger, silo.ToString(), exception.Message);
            return new CallAttempt(CallOutcome.NotConnected, $"silo {silo} could not be reached ({exception.Message})");
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            call.Fail(new TimeoutException(
                $"Response did not arrive on time in {timeout} for {dispatcher.Name} on grain {grainId} (silo {silo})."));
            return CallAttempt.Answered;
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or JsonException)
        {
            call.Fail(new SiloUnavailableException(
                $"The answer of silo {silo} to {dispatcher.Name} on grain {grainId} was lost ({exception.Message}); the call may have run.", exception));
            return CallAttempt.Answered;
        }

        switch (answer?.Status)
        {
            case GrainCallStatus.Ok:
                try
                {
                    call.Resolve(GrainCallCodec.DecodeResult(dispatcher, answer.Result));
                }
                catch (JsonException exception)
                {
                    call.Fail(new InvalidOperationException($"The result of {dispatcher.Name} from silo {silo} could not be read: {exception.Message}", exception));
                }

                return CallAttempt.Answered;
            case GrainCallStatus.Failed:
                call.Fail(RemoteExceptions.Rebuild(answer.ExceptionType, answer.ExceptionMessage));
                return CallAttempt.Answered;
            case GrainCallStatus.Refused:
                return new CallAttempt(CallOutcome.Refused, $"silo {silo} refused the call: {answer.ExceptionMessage} (its view version {answer.ViewVersion})");
            default:
                call.Fail(new SiloUnavailableException($"Silo {silo} sent no readable answer to {dispatcher.Name} on grain {grainId}; the call may have run."));
                return CallAttempt.Answered;
        }
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }

        _clients.Clear();
    }

    /// <summary>True when the request certainly never reached the peer: the connection could not be opened (refused,
    /// unreachable, connect timeout). A failure on an open connection may come after the peer started the call.</summary>
    private static bool NeverSent(Exception exception, CancellationToken deadline) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError } => true,
        // SocketsHttpHandler.ConnectTimeout surfaces as a cancellation that is not the caller's deadline.
        OperationCanceledException { InnerException: TimeoutException } => !deadline.IsCancellationRequested,
        _ => false,
    };

    private HttpClient ClientFor(SiloAddress silo) => _clients.GetOrAdd(silo.Endpoint, CreateClient);

    private HttpClient CreateClient(string endpoint)
    {
        var handler = new SocketsHttpHandler
        {
            EnableMultipleHttp2Connections = true,
            MaxConnectionsPerServer = Math.Max(1, options.Value.ConnectionsPerPeer),
            ConnectTimeout = ConnectTimeout,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
            // Silos talk on a private network in one trust domain; no proxy in between.
            UseProxy = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            KeepAlivePingDelay = TimeSpan.FromSeconds(10),
            KeepAlivePingTimeout = TimeSpan.FromSeconds(10),
            KeepAlivePingPolicy = HttpKeepAlivePingPolicy.WithActiveRequests,
        };
        return new HttpClient(handler)
        {
            BaseAddress = new Uri($"http://{endpoint}"),
            DefaultRequestVersion = HttpVersion.Version20,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact,
            // Each call carries its own deadline (the response timeout, less the time already spent).
            Timeout = Timeout.InfiniteTimeSpan,
            MaxResponseContentBufferSize = GrainCallServer.MaxMessageBytes,
        };
    }

    [LoggerMessage(1, LogLevel.Warning, "Silo {Silo} could not be reached: {Reason}")]
    private static partial void LogNotConnected(ILogger logger, string silo, string reason);
}
