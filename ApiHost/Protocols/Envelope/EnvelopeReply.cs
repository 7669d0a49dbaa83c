using System.Text.Json;

namespace ApiHost.Protocols.Envelope;

/// <summary>An answer before it is written: HTTP status, rspCode and rspMsg, and the body: encrypted content, or
/// none (an empty body object) for refusals and for answers to requests whose app or cipher is unknown.</summary>
public sealed record EnvelopeReply(int HttpStatus, string RspCode, string RspMsg)
{
    public string? MsgContent { get; init; }

    /// <summary>The request's head fields echoed back (null when the request had no readable head).</summary>
    public EnvelopeHead? Head { get; init; }

    public string? SignType { get; init; }

    public byte[] Write(EnvelopeSignature signature)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("head");
            WriteIf(writer, "ClientType", Head?.ClientType);
            WriteIf(writer, "ClientIMEI", Head?.ClientImei);
            WriteIf(writer, "AppVersion", Head?.AppVersion);
            WriteIf(writer, "Action", Head?.Action);
            WriteIf(writer, "TradeSerialNo", Head?.TradeSerialNo);
            WriteIf(writer, "SignType", SignType);
            writer.WriteString("Sign", signature(Head?.Action ?? string.Empty, Head?.TradeSerialNo ?? string.Empty, RspCode, MsgContent ?? string.Empty));
            writer.WriteString("rspCode", RspCode);
            writer.WriteString("rspMsg", RspMsg);
            writer.WriteEndObject();
            writer.WriteStartObject("body");
            WriteIf(writer, "msgContent", MsgContent);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private static void WriteIf(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}
