using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ApiHost.Api;
using ApiHost.Protocols.Dialects;
using ApiHost.Protocols.Yaf;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Grains.Gateway;

namespace ApiHost.Protocols.Envelope;

/// <summary>Seed 004's <c>POST /gateway</c>: head + body, the body's msgContent encrypted with the app's key and the
/// request signed with the app's RSA key; the Action runs the same handler as the signed gateway's method, and the
/// answer's head carries rspCode/rspMsg and the server's signature. Checks in order: envelope, app and cipher,
/// signature, the app's permission for this dialect, TradeSerialNo time, decryption, replay, Action.</summary>
public sealed partial class EnvelopeGateway(
    DialectInvoker invoker,
    EnvelopeKeyRing keys,
    EnvelopeAppDirectory apps,
    IGrainFactory grains,
    TimeProvider clock,
    IOptions<EnvelopeOptions> options,
    IOptions<DialectOptions> dialectOptions,
    IOptions<YafOptions> yafOptions)
{
    public const string AppIdPrefix = "envelope:";

    /// <summary>Rows of a list answer keep the handler's own names and paging (seed 003's list shape).</summary>
    private static readonly JsonSerializerOptions Output = ApiJson.Options;

    public async Task<(int Status, byte[] Body)> HandleAsync(HttpContext context)
    {
        var reply = await ProcessAsync(context);
        var digest = EnvelopeSignType.Parse(reply.SignType)?.Digest ?? HashAlgorithmName.SHA256;
        return (reply.HttpStatus, reply.Write((action, serial, code, content) =>
            EnvelopeSigner.Sign(keys.ServerKey, EnvelopeSigner.ResponseText(action, serial, code, content), digest)));
    }

    private async Task<EnvelopeReply> ProcessAsync(HttpContext context)
    {
        JsonElement root;
        try
        {
            var bytes = await RestRequestReader.ReadLimitedAsync(context.Request, dialectOptions.Value.MaxBodyBytes, context.RequestAborted);
            using var document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 16 });
            root = document.RootElement.Clone();
        }
        catch (DialectInputException error)
        {
            return new EnvelopeReply(error.HttpStatus, error.HttpStatus == 413 ? EnvelopeCodes.TooLarge : EnvelopeCodes.BadFormat, error.Message);
        }
        catch (JsonException)
        {
            return new EnvelopeReply(400, EnvelopeCodes.BadFormat, "报文不是有效的 JSON");
        }

        if (root.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("head", out var headElement) || headElement.ValueKind != JsonValueKind.Object ||
            !root.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Object)
        {
            return new EnvelopeReply(400, EnvelopeCodes.BadFormat, "报文须为 {\"head\": {...}, \"body\": {...}}");
        }

        var head = EnvelopeHead.Read(headElement);
        var reply = new EnvelopeReply(200, EnvelopeCodes.Ok, "成功") { Head = head, SignType = head.SignType };
        if (head.ClientImei is null || head.AppVersion is null || head.Action is null || head.TradeSerialNo is null || head.Sign is null)
        {
            return reply with { HttpStatus = 400, RspCode = EnvelopeCodes.BadFormat, RspMsg = "head 缺少 ClientIMEI、AppVersion、Action、TradeSerialNo 或 Sign" };
        }

        if (head.Platform is not { } platform)
        {
            return reply with { HttpStatus = 400, RspCode = EnvelopeCodes.BadFormat, RspMsg = "ClientType 须为 iOS、Android、H5 或 Web" };
        }

        if (EnvelopeSignType.Parse(head.SignType) is not { } signType)
        {
            return reply with { HttpStatus = 400, RspCode = EnvelopeCodes.BadFormat, RspMsg = "SignType 不支持", SignType = null };
        }

        reply = reply with { SignType = signType.Name };
        EnvelopeAppLookup lookup;
        try
        {
            lookup = await apps.FindAsync(head.AppId ?? keys.DefaultAppId);
        }
        catch (TimeoutException)
        {
            // The app registration did not answer in time: "busy", as for a handler that timed out.
            return reply with { HttpStatus = 503, RspCode = EnvelopeCodes.Busy, RspMsg = DialectInvoker.BusyMessage };
        }

        var app = lookup.App;
        var key = app?.KeyFor(signType.Cipher);
        if (app is null || key is null)
        {
            return reply with { RspCode = EnvelopeCodes.UnknownApp, RspMsg = "应用未登记或未登记该加密方式" };
        }

        if (!body.TryGetProperty("msgContent", out var content) || content.ValueKind != JsonValueKind.String)
        {
            return reply with { HttpStatus = 400, RspCode = EnvelopeCodes.BadFormat, RspMsg = "body 须含加密的 msgContent" };
        }

        var msgContent = content.GetString()!;
        var token = head.Token ?? string.Empty;
        if (!EnvelopeSigner.Verify(app.PublicKey, EnvelopeSigner.RequestText(head.Action, head.TradeSerialNo, token, msgContent), head.Sign, signType.Digest))
        {
            return reply with { RspCode = EnvelopeCodes.BadSignature, RspMsg = "签名错误" };
        }

        if (lookup.NotAllowed)
        {
            return reply with { RspCode = EnvelopeCodes.AppNotAllowed, RspMsg = DialectAccess.NotAllowed };
        }

        if (SerialTime(head.TradeSerialNo) is not { } serialTime || (clock.GetUtcNow() - serialTime).Duration() > options.Value.SerialWindow)
        {
            return reply with { RspCode = EnvelopeCodes.SerialOutOfWindow, RspMsg = "交易流水号无效或已过期，请校准手机时间" };
        }

        var serialBytes = Encoding.UTF8.GetBytes(head.TradeSerialNo);
        var plaintext = EnvelopeCipher.Decrypt(signType.Cipher, key, msgContent, serialBytes);
        if (plaintext is null || ParseObject(plaintext) is not { } parameters)
        {
            return reply with { RspCode = EnvelopeCodes.BadContent, RspMsg = "报文内容无法解密" };
        }

        var guard = grains.GetGrain<IReplayGuardGrain>($"{AppIdPrefix}{app.AppId}:{Convert.ToHexString(SHA256.HashData(serialBytes))[..2]}");
        if (!await guard.TryAccept(head.TradeSerialNo, serialTime + options.Value.SerialWindow))
        {
            return reply with { RspCode = EnvelopeCodes.Replayed, RspMsg = "交易流水号重复，请勿重复提交" };
        }

        var version = parameters.Remove("v", out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 and <= 16 } text
            ? text
            : RestRequestReader.DefaultVersion;
        var method = EnvelopeActions.MethodOf(head.Action);
        var handler = method is null ? null : invoker.Find(method, version);
        if (handler is null)
        {
            return reply with { RspCode = EnvelopeCodes.UnknownAction, RspMsg = "接口不存在" };
        }

        var call = new DialectCall(
            method!,
            version,
            parameters,
            head.Token,
            platform,
            AppIdPrefix + app.AppId,
            ClientAddress.Of(context, yafOptions.Value.TrustForwardedFor))
        {
            AppVersion = head.AppVersion.TrimStart('V', 'v'),
            UniqueId = head.ClientImei,
            Origin = $"{context.Request.Scheme}://{context.Request.Host}{context.Request.PathBase}",
        };
        var outcome = await invoker.InvokeAsync(handler, call, window: null, Output, context.RequestAborted);
        return outcome.Status switch
        {
            DialectStatus.Ok => reply with
            {
                RspMsg = outcome.Message,
                MsgContent = EnvelopeCipher.Encrypt(signType.Cipher, key, BodyBytes(outcome), serialBytes),
            },
            DialectStatus.Busy => reply with { HttpStatus = 503, RspCode = EnvelopeCodes.Busy, RspMsg = outcome.Message },
            DialectStatus.IpBanned => reply with { RspCode = EnvelopeCodes.IpBanned, RspMsg = outcome.Message },
            DialectStatus.Maintenance => reply with { HttpStatus = 503, RspCode = EnvelopeCodes.Maintenance, RspMsg = outcome.Message },
            _ => reply with { RspCode = EnvelopeCodes.For(outcome.Kind), RspMsg = outcome.Message },
        };
    }

    /// <summary>The answer's business content: the handler's data, or seed 003's list shape for a page.</summary>
    private static byte[] BodyBytes(DialectOutcome outcome) => outcome.Page is { } page
        ? JsonSerializer.SerializeToUtf8Bytes(new { list = page.Items, total = page.Total, page = page.Page, count = page.Size, isnext = page.HasNext }, Output)
        : JsonSerializer.SerializeToUtf8Bytes(outcome.Data, Output);

    private static Dictionary<string, JsonElement>? ParseObject(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 16 });
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? document.RootElement.EnumerateObject().Take(65).ToDictionary(p => p.Name, p => p.Value.Clone(), StringComparer.Ordinal) is { Count: <= 64 } parameters ? parameters : null
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
        catch (ArgumentException)
        {
            return null; // a name given twice
        }
    }

    /// <summary>"device id + 14-digit time": the trailing yyyyMMddHHmmss, read in China time as the protocol's times are.</summary>
    public static DateTimeOffset? SerialTime(string serial)
    {
        if (!SerialPattern().IsMatch(serial))
        {
            return null;
        }

        return DateTime.TryParseExact(serial[^14..], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, ApiTime.Offset)
            : null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_\-]{1,66}[0-9]{14}$")]
    private static partial Regex SerialPattern();
}
