using System.Text.Json;
using ApiHost.Api;
using ApiHost.Protocols.Maintenance;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Protocols.Dialects;

/// <summary>Runs a parsed dialect call through the same dispatcher and handlers as the signed gateway, with the
/// gateway's protections that do not depend on an envelope (address bans of the sensitive methods, shedding of the
/// flash-sale hot path), and translates paging. Business rules live in the handlers only.</summary>
public sealed partial class DialectInvoker(
    ApiDispatcher dispatcher,
    IGrainFactory grains,
    FlashSaleGate gate,
    MaintenanceSwitch maintenance,
    ILogger<DialectInvoker> logger)
{
    /// <summary>Page size of the handlers' own paging (<see cref="PagedResult{T}.PageSize"/>).</summary>
    private const int HandlerPageSize = PagedResult<object>.PageSize;

    public const string BusyMessage = "服务器繁忙，请稍后再试";

    public IApiHandler? Find(string method, string version) => dispatcher.Find(method, version);

    /// <summary>Runs <paramref name="handler"/>. With a <paramref name="window"/>, a paged handler is called for each
    /// of its pages that the window overlaps and the rows are cut to the window; other handlers ignore it.</summary>
    public async Task<DialectOutcome> InvokeAsync(
        IApiHandler handler, DialectCall call, PageWindow? window, JsonSerializerOptions output, CancellationToken cancellationToken)
    {
        try
        {
            // Reads keep working during maintenance; only writes are refused, before any grain sees them.
            if (handler.IsWrite && await maintenance.CurrentAsync() is { Enabled: true } switched)
            {
                return new DialectOutcome(DialectStatus.Maintenance, switched.Message);
            }

            if (handler.CountsTowardIpBan && await grains.GetGrain<IIpGuardGrain>(call.ClientIp.ToString()).GetBanEnd() is not null)
            {
                return new DialectOutcome(DialectStatus.IpBanned, "您的 IP 访问受限，请稍后再试");
            }

            using var lease = gate.TryEnter(handler.Method);
            if (lease is null)
            {
                return new DialectOutcome(DialectStatus.Busy, BusyMessage);
            }

            return await RunAsync(handler, call, window, output, cancellationToken);
        }
        catch (ApiException error)
        {
            if (handler.CountsTowardIpBan)
            {
                await grains.GetGrain<IIpGuardGrain>(call.ClientIp.ToString()).RecordFailure();
            }

            return new DialectOutcome(DialectStatus.Failed, error.Message, error.Kind);
        }
        catch (TimeoutException exception)
        {
            LogTimeout(logger, exception, handler.Method);
            return new DialectOutcome(DialectStatus.Busy, BusyMessage);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnexpected(logger, exception, handler.Method);
            return new DialectOutcome(DialectStatus.Failed, BusyMessage, ApiErrorKind.Internal);
        }
    }

    private async Task<DialectOutcome> RunAsync(
        IApiHandler handler, DialectCall call, PageWindow? window, JsonSerializerOptions output, CancellationToken cancellationToken)
    {
        if (window is null)
        {
            var result = await CallAsync(handler, call, page: null, cancellationToken);
            return result.Data is IPagedResult paged
                ? Success(result.Message, paged.Items, paged.Total, paged.Page, paged.Count, paged.Isnext, output)
                : new DialectOutcome(DialectStatus.Ok, result.Message) { Data = Serialize(result.Data ?? new EmptyResult(), output) };
        }

        // The handler pages that hold rows [Offset, Offset + Size): at most Size / HandlerPageSize + 1 calls.
        var rows = new List<object?>();
        var page = (int)Math.Min(window.Offset / HandlerPageSize + 1, int.MaxValue);
        var skip = (int)(window.Offset % HandlerPageSize);
        var maxCalls = window.Size / HandlerPageSize + 2;
        ApiResult? first = null;
        IPagedResult? last = null;
        for (var calls = 0; calls < maxCalls && rows.Count < window.Size; calls++, page++, skip = 0)
        {
            var result = await CallAsync(handler, call, page, cancellationToken);
            first ??= result;
            if (result.Data is not IPagedResult paged)
            {
                return new DialectOutcome(DialectStatus.Ok, result.Message) { Data = Serialize(result.Data ?? new EmptyResult(), output) };
            }

            last = paged;
            rows.AddRange(paged.Items.Skip(skip).Take(window.Size - rows.Count));
            if (!paged.Isnext || page == int.MaxValue)
            {
                break;
            }
        }

        var total = last?.Total ?? 0;
        var number = (int)Math.Min(window.Offset / Math.Max(window.Size, 1) + 1, int.MaxValue);
        return Success(first!.Message, rows, total, number, window.Size, window.Offset + rows.Count < total, output);
    }

    private Task<ApiResult> CallAsync(IApiHandler handler, DialectCall call, int? page, CancellationToken cancellationToken)
    {
        var fixedParameters = new FixedParameters(
            call.Method, call.Version, call.AppId, 0, call.UniqueId, call.AppVersion, call.Platform, string.Empty, string.Empty);
        var request = new ApiRequest(BuildData(call, page), fixedParameters, call.ClientIp, null) { Origin = call.Origin };
        return dispatcher.InvokeAsync(handler, request, cancellationToken);
    }

    /// <summary>The handler's data object: the parameters, the token under seed 003's name, the page when translated.</summary>
    private static JsonElement BuildData(DialectCall call, int? page)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in call.Parameters)
            {
                if ((name == "token" && call.Token is not null) || (name == "page" && page is not null))
                {
                    continue;
                }

                writer.WritePropertyName(name);
                value.WriteTo(writer);
            }

            if (call.Token is not null)
            {
                writer.WriteString("token", call.Token);
            }

            if (page is not null)
            {
                writer.WriteNumber("page", page.Value);
            }

            writer.WriteEndObject();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    private static DialectOutcome Success(
        string message, IEnumerable<object?> items, int total, int page, int size, bool hasNext, JsonSerializerOptions output) =>
        new(DialectStatus.Ok, message)
        {
            Page = new DialectPage(items.Select(item => Serialize(item, output)).ToList(), total, page, size, hasNext),
        };

    /// <summary>Serialized inside the fault handling, as the signed gateway does: data that cannot be written is a
    /// logged internal fault, not a half-written response.</summary>
    private static JsonElement Serialize(object? value, JsonSerializerOptions output) =>
        value is null ? JsonSerializer.SerializeToElement<object?>(null, output) : JsonSerializer.SerializeToElement(value, value.GetType(), output);

    [LoggerMessage(1, LogLevel.Error, "Unexpected fault in API method {Method} (dialect)")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method);

    [LoggerMessage(2, LogLevel.Warning, "API method {Method} timed out (dialect); answered busy")]
    private static partial void LogTimeout(ILogger logger, Exception exception, string method);
}
