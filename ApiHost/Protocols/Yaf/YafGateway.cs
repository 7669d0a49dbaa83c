using System.Globalization;
using System.Net;
using System.Text.Json;
using ApiHost.Api;
using ApiHost.Protocols.Dialects;
using ApiHost.Protocols.Maintenance;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Protocols.Yaf;

/// <summary>The checks of seed 003 in their documented order, then dispatch. Returns the envelope to send.</summary>
public sealed partial class YafGateway(
    ApiDispatcher dispatcher,
    IGrainFactory grains,
    TimeProvider clock,
    MaintenanceSwitch maintenance,
    IOptions<YafOptions> options,
    ILogger<YafGateway> logger)
{
    private const int MaxAppIdLength = 64;

    public async Task<YafEnvelope> HandleAsync(YafRawRequest raw, IPAddress clientIp, CancellationToken cancellationToken)
    {
        IApiHandler? handler = null;
        try
        {
            var (data, fixedParameters) = ParseData(raw.Data);
            var app = await grains.GetGrain<IAppGrain>(fixedParameters.AppId).Get();
            if (app is not { Enabled: true })
            {
                throw new YafFailure(YafCodes.Business, "appid 不存在或已停用");
            }

            if (app.Kind != AppKind.App && !IpRangeList.Contains(app.IpRanges, clientIp))
            {
                throw new YafFailure(YafCodes.IpNotAllowed, "您的 IP 不允许访问该接口");
            }

            handler = dispatcher.Find(fixedParameters.Method, fixedParameters.Version)
                ?? throw new YafFailure(YafCodes.NoSuchMethod, "您的 APP 版本过低，请升级到最新版本");
            if (handler.CountsTowardIpBan && await grains.GetGrain<IIpGuardGrain>(clientIp.ToString()).GetBanEnd() is not null)
            {
                handler = null; // a refused call of a banned address does not extend its own ban
                throw new YafFailure(YafCodes.IpBanned, "您的 IP 访问受限，请稍后再试");
            }

            var rememberUntil = CheckTimestamp(fixedParameters.Timestamp);
            if (!SignatureVerifier.Verify(raw.Data!, app.Secret, raw.Sign))
            {
                throw new YafFailure(YafCodes.Business, "API signature error");
            }

            // After the signature, so only the app itself learns what it may not do.
            if (!app.MayUse(DialectNames.Yaf))
            {
                throw new YafFailure(YafCodes.Forbidden, DialectAccess.NotAllowed);
            }

            // Before the replay guard: the same signed write may be sent again once maintenance is over.
            if (handler.IsWrite && !raw.FromAdmin && await maintenance.CurrentAsync() is { Enabled: true } switched)
            {
                throw new YafFailure(YafCodes.Business, switched.Message);
            }

            if (handler.IsWrite &&
                !await grains.GetGrain<IReplayGuardGrain>($"{app.AppId}:{raw.Sign![..2].ToUpperInvariant()}").TryAccept(raw.Sign.ToUpperInvariant(), rememberUntil))
            {
                throw new YafFailure(YafCodes.Business, "请求重复，请勿重复提交");
            }

            var result = await dispatcher.InvokeAsync(handler, new ApiRequest(data, fixedParameters, clientIp, raw.Files) { Origin = raw.Origin }, cancellationToken);

            // Serialized here, inside the fault handling: data that cannot be written answers the generic 500 and is
            // logged, instead of failing while the response is written (where details could reach the client).
            var payload = result.Data ?? new EmptyResult();
            return new YafEnvelope(YafCodes.Success, result.Message, JsonSerializer.SerializeToElement(payload, payload.GetType(), ApiJson.Options));
        }
        catch (YafFailure failure)
        {
            return new YafEnvelope(failure.Code, failure.Message);
        }
        catch (ApiException error)
        {
            if (handler is { CountsTowardIpBan: true })
            {
                await grains.GetGrain<IIpGuardGrain>(clientIp.ToString()).RecordFailure();
            }

            return new YafEnvelope(YafCodes.For(error.Kind), error.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogUnexpected(logger, exception, handler?.Method);
            return new YafEnvelope(YafCodes.ServerError, "服务器繁忙，请稍后再试");
        }
    }

    /// <summary>Step 1: data is a JSON object carrying the fixed parameters (504-507 when one is empty).</summary>
    private static (JsonElement Data, FixedParameters Fixed) ParseData(string? text)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(text ?? string.Empty, new JsonDocumentOptions { MaxDepth = 16 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw new YafFailure(YafCodes.Business, "data 参数缺失或不是 JSON 对象");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new YafFailure(YafCodes.Business, "data 参数缺失或不是 JSON 对象");
        }

        var method = Scalar(root, "method") ?? throw new YafFailure(YafCodes.MethodMissing, "method 参数缺失");
        var version = Scalar(root, "v") ?? throw new YafFailure(YafCodes.VersionMissing, "v 参数缺失");
        var appId = Scalar(root, "appid") ?? throw new YafFailure(YafCodes.AppIdMissing, "appid 参数缺失");
        var timestamp = Scalar(root, "timestamp") ?? throw new YafFailure(YafCodes.TimestampMissing, "timestamp 参数缺失");
        if (appId.Length > MaxAppIdLength)
        {
            throw new YafFailure(YafCodes.Business, "appid 不存在或已停用");
        }

        var platform = int.TryParse(Scalar(root, "platform"), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? p : 0;
        var fixedParameters = new FixedParameters(
            method,
            version,
            appId,
            timestamp.Length == 10 && long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : -1,
            Scalar(root, "unique_id") ?? string.Empty,
            Scalar(root, "app_v") ?? string.Empty,
            platform,
            Scalar(root, "channel") ?? string.Empty,
            Scalar(root, "device_token") ?? string.Empty);
        return (root, fixedParameters);
    }

    /// <summary>Step 6: a 10-digit timestamp within the window either side of now; answers until when to remember the sign.</summary>
    private DateTimeOffset CheckTimestamp(long seconds)
    {
        var window = options.Value.TimestampWindow;
        // Compared in whole seconds, the timestamp's own resolution, so the window's edge does not depend on milliseconds.
        var now = clock.GetUtcNow().ToUnixTimeSeconds();
        if (seconds < 0 || Math.Abs(now - seconds) > window.TotalSeconds)
        {
            throw new YafFailure(YafCodes.Business, "请求已过期，请校准手机时间");
        }

        return DateTimeOffset.FromUnixTimeSeconds(seconds) + window;
    }

    /// <summary>A non-empty string or number parameter as text; null when absent, empty or of another type.</summary>
    private static string? Scalar(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String when value.GetString() is { Length: > 0 } text => text,
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;

    [LoggerMessage(1, LogLevel.Error, "Unexpected fault in API method {Method}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string? method);
}
