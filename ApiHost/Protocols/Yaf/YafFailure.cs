namespace ApiHost.Protocols.Yaf;

/// <summary>A request refused by the protocol's own checks, before any handler ran.</summary>
public sealed class YafFailure(int code, string message) : Exception(message)
{
    public int Code { get; } = code;
}
