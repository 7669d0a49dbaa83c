using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Bench.Alternatives.Mobile;
using Microsoft.Extensions.Options;

namespace Bench.Alternatives.Protocol;

/// <summary>POST /: the signed form of seed 003 (data + sign), checked as the product's gateway checks it - data a
/// JSON object with method, v, appid and timestamp, the appid known, the timestamp within the window, sign the
/// upper-case hex MD5 of data + secret (compared in constant time) - then dispatched. Not done here, in the
/// alternatives' favour: the product's replay guard and per-address ban checks.</summary>
public static class YafEndpoint
{
    /// <summary>Largest form accepted; the load generator's requests are well under 1 KB.</summary>
    private const int MaxBody = 64 * 1024;

    /// <summary>Names as written (the answers spell them snake_case already); Chinese msg texts unescaped.</summary>
    public static readonly JsonSerializerOptions Json = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static IEndpointRouteBuilder MapYaf(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/", HandleAsync).DisableAntiforgery();
        return routes;
    }

    private static async Task HandleAsync(HttpContext context, MobileApi api, IOptions<AlternativesOptions> options)
    {
        var reply = await AnswerAsync(context, api, options.Value);
        await context.Response.WriteAsJsonAsync(reply, Json, context.RequestAborted);
    }

    private static async Task<YafReply> AnswerAsync(HttpContext context, MobileApi api, AlternativesOptions options)
    {
        if (context.Request.ContentLength is > MaxBody || !context.Request.HasFormContentType)
        {
            return YafReply.Fail(503, "data 参数缺失或不是 JSON 对象");
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var data = form["data"].ToString();
        var sign = form["sign"].ToString();
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(data, new JsonDocumentOptions { MaxDepth = 16 });
            root = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return YafReply.Fail(503, "data 参数缺失或不是 JSON 对象");
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return YafReply.Fail(503, "data 参数缺失或不是 JSON 对象");
        }

        var call = new YafCall(Text(root, "method") ?? string.Empty, root);
        if (call.Method.Length == 0)
        {
            return YafReply.Fail(504, "method 参数缺失");
        }

        if (Text(root, "appid") != options.AppId)
        {
            return YafReply.Fail(503, "appid 不存在或已停用");
        }

        if (!long.TryParse(Text(root, "timestamp"), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - seconds) > options.TimestampWindow.TotalSeconds)
        {
            return YafReply.Fail(503, "请求已过期，请校准手机时间");
        }

        if (!SignatureMatches(data, options.Secret, sign))
        {
            return YafReply.Fail(503, "API signature error");
        }

        return await api.HandleAsync(call, context.RequestAborted);
    }

    private static bool SignatureMatches(string data, string secret, string sign)
    {
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(data + secret))));
        var given = Encoding.ASCII.GetBytes(sign.ToUpperInvariant());
        return CryptographicOperations.FixedTimeEquals(expected, given);
    }

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        } : null;
}
