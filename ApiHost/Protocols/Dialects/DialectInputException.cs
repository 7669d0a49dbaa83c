namespace ApiHost.Protocols.Dialects;

/// <summary>A request a dialect cannot parse (malformed or oversize body, unsupported content type, too many or
/// repeated parameters): answered in the dialect's envelope with <see cref="HttpStatus"/>, before any handler ran.</summary>
public sealed class DialectInputException(int httpStatus, string message) : Exception(message)
{
    public int HttpStatus { get; } = httpStatus;
}
