using System.Diagnostics;
using System.Net.Sockets;
using Orleans.Tools.LoadTest.Metrics;

namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>Sends signed calls over the shared HttpClient and records each in a <see cref="StatsRegistry"/>.</summary>
public sealed class YafCaller(HttpClient http, Uri endpoint, string appId, string secret)
{
    public Uri Endpoint => endpoint;

    /// <summary>Calls <paramref name="method"/>. Latency runs from <paramref name="intendedTicks"/> (a
    /// <see cref="Stopwatch"/> timestamp: the moment the open loop meant to send, so time spent waiting for a free
    /// connection counts), or from now when it is 0. Transport failures and timeouts are outcomes, not exceptions;
    /// only cancellation through <paramref name="abort"/> throws.</summary>
    public async Task<CallOutcome> CallAsync(
        string method,
        string uniqueId,
        IReadOnlyList<KeyValuePair<string, object?>> parameters,
        StatsRegistry? stats,
        long intendedTicks = 0,
        CancellationToken abort = default)
    {
        var started = intendedTicks != 0 ? intendedTicks : Stopwatch.GetTimestamp();
        var data = YafSigner.BuildData(method, appId, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), uniqueId, YafSigner.NewNonce(), parameters);
        var sign = YafSigner.Sign(data, secret);
        var outcome = await SendAsync(data, sign, abort).ConfigureAwait(false);
        stats?.For(method).Record(outcome, ElapsedMicros(started));
        return outcome;
    }

    public static long ElapsedMicros(long startTicks) =>
        (long)((Stopwatch.GetTimestamp() - startTicks) * (1_000_000.0 / Stopwatch.Frequency));

    private async Task<CallOutcome> SendAsync(string data, string sign, CancellationToken abort)
    {
        using var content = new FormUrlEncodedContent([new("data", data), new("sign", sign)]);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, abort).ConfigureAwait(false);
            var body = await response.Content.ReadAsByteArrayAsync(abort).ConfigureAwait(false);
            return YafAnswer.Parse((int)response.StatusCode, body);
        }
        catch (OperationCanceledException) when (!abort.IsCancellationRequested)
        {
            return new CallOutcome(OutcomeKind.Timeout, 0, $"no answer within {http.Timeout.TotalSeconds:0.#} s", default);
        }
        catch (HttpRequestException error)
        {
            return new CallOutcome(OutcomeKind.Transport, 0, Describe(error), default);
        }
    }

    /// <summary>A short reason without the endpoint, so failures of many requests count under one key.</summary>
    internal static string Describe(HttpRequestException error) => error.InnerException switch
    {
        SocketException socket => socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.ConnectionReset => "connection reset",
            SocketError.TimedOut => "connect timed out",
            SocketError.HostNotFound or SocketError.NoData => "host not found",
            SocketError.AddressNotAvailable => "address not available (out of local ports?)",
            var code => "socket " + code,
        },
        IOException => "connection closed by server",
        _ => error.HttpRequestError switch
        {
            HttpRequestError.ConnectionError => "connection error",
            HttpRequestError.NameResolutionError => "host not found",
            HttpRequestError.ResponseEnded => "connection closed by server",
            _ => error.HttpRequestError.ToString(),
        },
    };
}
