namespace ApiHost.Api;

/// <summary>Ends a handler with a business outcome; the message is safe to show to the user.</summary>
public sealed class ApiException(ApiErrorKind kind, string message) : Exception(message)
{
    public ApiErrorKind Kind { get; } = kind;

    public static ApiException Business(string message) => new(ApiErrorKind.Business, message);

    public static ApiException Parameter(string name, string problem) => new(ApiErrorKind.InvalidParameter, $"参数 {name} {problem}");
}
