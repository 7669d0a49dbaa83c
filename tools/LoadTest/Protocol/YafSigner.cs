using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Orleans.Tools.LoadTest.Protocol;

/// <summary>The signed protocol of seed 003 (sections 1.3-1.4): <c>data</c> is a compact JSON object with the fixed
/// parameters and the business parameters; <c>sign</c> is the upper-case hex MD5 of data followed by the secret.
/// Our own small signer, so the tool targets any host without referencing its code.</summary>
public static class YafSigner
{
    public const string Version = "1.0.0";

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Chinese text goes out as is, like the mobile clients send it; the sign covers exactly these bytes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>Upper-case hex MD5 of (data + secret), UTF-8.</summary>
    public static string Sign(string data, string secret)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(secret);
        return Convert.ToHexString(MD5.HashData(Encoding.UTF8.GetBytes(data + secret)));
    }

    /// <summary>Builds data: method, v, appid, timestamp (10-digit seconds as a string), unique_id, platform, app_v,
    /// channel, device_token, nonce, then the business parameters in the order given. The nonce makes every request's
    /// sign unique, so the replay guard (same appid and sign within the window) never refuses a load-test write.</summary>
    public static string BuildData(
        string method,
        string appId,
        long unixSeconds,
        string uniqueId,
        string nonce,
        IReadOnlyList<KeyValuePair<string, object?>> parameters)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("method", method);
            writer.WriteString("v", Version);
            writer.WriteString("appid", appId);
            writer.WriteString("timestamp", unixSeconds.ToString("D10", CultureInfo.InvariantCulture));
            writer.WriteString("unique_id", uniqueId);
            writer.WriteNumber("platform", 1);
            writer.WriteString("app_v", Version);
            writer.WriteString("channel", string.Empty);
            writer.WriteString("device_token", string.Empty);
            writer.WriteString("nonce", nonce);
            foreach (var (name, value) in parameters)
            {
                writer.WritePropertyName(name);
                WriteValue(writer, name, value);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>A fresh 128-bit nonce as 32 hex digits.</summary>
    public static string NewNonce() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static void WriteValue(Utf8JsonWriter writer, string name, object? value)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                break;
            case string text:
                writer.WriteStringValue(text);
                break;
            case int number:
                writer.WriteNumberValue(number);
                break;
            case long number:
                writer.WriteNumberValue(number);
                break;
            case double number:
                writer.WriteNumberValue(number);
                break;
            case decimal number:
                writer.WriteNumberValue(number);
                break;
            case bool flag:
                writer.WriteBooleanValue(flag);
                break;
            default:
                throw new ArgumentException($"parameter {name} has an unsupported type {value.GetType().Name}", nameof(value));
        }
    }
}
