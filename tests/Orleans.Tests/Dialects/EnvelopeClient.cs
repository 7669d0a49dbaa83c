using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ApiHost.Api;
using ApiHost.Protocols.Envelope;

namespace Orleans.Tests.Dialects;

/// <summary>A seed-004 client: encrypts the business body with the app's key (TradeSerialNo as associated data),
/// signs (Action, TradeSerialNo, Token, msgContent) with its RSA key, and on the way back checks the server's
/// signature and decrypts the answer.</summary>
public sealed class EnvelopeClient(HttpClient http, RSA clientKey, byte[] aesKey, byte[] sm4Key, TimeProvider clock)
{
    public const string Imei = "A3C300E4-1DC3-4AF0-9B78-FACA3A7E4CF3";
    private static int _sequence;

    public string? Token { get; set; }

    public string ClientType { get; set; } = "Android";

    /// <summary>head.AppId; null leaves it out (the server's default app).</summary>
    public string? AppId { get; set; }

    /// <summary>A fresh serial: device id, a sequence number (tests run many calls in one clock second), 14-digit time.</summary>
    public string NextSerial(DateTimeOffset? at = null) =>
        $"{Imei}-{Interlocked.Increment(ref _sequence):D6}" + (at ?? clock.GetUtcNow()).ToOffset(ApiTime.Offset).ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    public sealed record Options
    {
        public string SignType { get; init; } = "RSA2";

        public string? Serial { get; init; }

        public RSA? SignWith { get; init; }

        public byte[]? EncryptWith { get; init; }

        /// <summary>Changes msgContent after signing (a tampered body).</summary>
        public Func<string, string>? Tamper { get; init; }
    }

    public string Build(string action, object body, Options? options = null)
    {
        options ??= new Options();
        var signType = EnvelopeSignType.Parse(options.SignType)!;
        var serial = options.Serial ?? NextSerial();
        var key = options.EncryptWith ?? (signType.Cipher == EnvelopeCipherKind.Aes256Gcm ? aesKey : sm4Key);
        var content = EnvelopeCipher.Encrypt(signType.Cipher, key, JsonSerializer.SerializeToUtf8Bytes(body), Encoding.UTF8.GetBytes(serial));
        var sign = EnvelopeSigner.Sign(options.SignWith ?? clientKey, EnvelopeSigner.RequestText(action, serial, Token ?? string.Empty, content), signType.Digest);
        var head = new Dictionary<string, string>
        {
            ["ClientType"] = ClientType,
            ["ClientIMEI"] = Imei,
            ["AppVersion"] = "V1.0.0",
            ["Action"] = action,
            ["TradeSerialNo"] = serial,
            ["SignType"] = options.SignType,
            ["Sign"] = sign,
        };
        if (Token is not null)
        {
            head["Token"] = Token;
        }

        if (AppId is not null)
        {
            head["AppId"] = AppId;
        }

        return JsonSerializer.Serialize(new { head, body = new { msgContent = options.Tamper?.Invoke(content) ?? content } });
    }

    public async Task<EnvelopeAnswer> CallAsync(string action, object body, Options? options = null) =>
        await PostAsync(Build(action, body, options), EnvelopeSignType.Parse((options ?? new Options()).SignType)!);

    public async Task<EnvelopeAnswer> PostAsync(string json, EnvelopeSignType? signType = null)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await http.PostAsync("/gateway", content);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        var head = document.RootElement.GetProperty("head").Clone();
        var answerBody = document.RootElement.GetProperty("body");
        var msgContent = answerBody.TryGetProperty("msgContent", out var m) ? m.GetString() : null;
        var action = head.TryGetProperty("Action", out var a) ? a.GetString()! : string.Empty;
        var serial = head.TryGetProperty("TradeSerialNo", out var s) ? s.GetString()! : string.Empty;
        var rspCode = head.GetProperty("rspCode").GetString()!;
        var digest = EnvelopeSignType.Parse(head.TryGetProperty("SignType", out var t) ? t.GetString() : null)?.Digest ?? HashAlgorithmName.SHA256;
        using var serverKey = RSA.Create();
        serverKey.ImportFromPem(await http.GetStringAsync("/gateway/server-key"));
        var signatureValid = EnvelopeSigner.Verify(
            serverKey, EnvelopeSigner.ResponseText(action, serial, rspCode, msgContent ?? string.Empty), head.GetProperty("Sign").GetString(), digest);
        JsonElement? data = null;
        if (msgContent is not null && signType is not null)
        {
            var key = signType.Cipher == EnvelopeCipherKind.Aes256Gcm ? aesKey : sm4Key;
            var plain = EnvelopeCipher.Decrypt(signType.Cipher, key, msgContent, Encoding.UTF8.GetBytes(serial))
                ?? throw new InvalidOperationException("The answer did not decrypt with the app's key.");
            using var decrypted = JsonDocument.Parse(plain);
            data = decrypted.RootElement.Clone();
        }

        return new EnvelopeAnswer((int)response.StatusCode, rspCode, head.GetProperty("rspMsg").GetString()!, head, msgContent, data, signatureValid);
    }
}
