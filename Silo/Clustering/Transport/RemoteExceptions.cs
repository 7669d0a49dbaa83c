using System.Collections.Frozen;

namespace Orleans.Runtime.Transport;

/// <summary>Carries grain exceptions across silos as type name and message. Well-known types (runtime, argument
/// family, invalid operation, timeouts...) are rebuilt as themselves, so callers' catch blocks behave as in one
/// process; any other type becomes a <see cref="RemoteGrainException"/> naming it. Stack traces stay on the silo
/// that threw (its log has them): they are large and say nothing useful to a caller in another process.</summary>
internal static class RemoteExceptions
{
    /// <summary>Longest message carried; a grain could put anything in one.</summary>
    public const int MaxMessageLength = 4096;

    private static readonly FrozenDictionary<string, Func<string, Exception>> Known = new Dictionary<string, Func<string, Exception>>
    {
        [typeof(InconsistentStateException).FullName!] = m => new InconsistentStateException(m),
        [typeof(DeadlockException).FullName!] = m => new DeadlockException(m),
        [typeof(SiloUnavailableException).FullName!] = m => new SiloUnavailableException(m),
        [typeof(TimeoutException).FullName!] = m => new TimeoutException(m),
        [typeof(ArgumentException).FullName!] = m => new ArgumentException(m),
        [typeof(ArgumentNullException).FullName!] = m => new ArgumentNullException(m, innerException: null),
        [typeof(ArgumentOutOfRangeException).FullName!] = m => new ArgumentOutOfRangeException(m, innerException: null),
        [typeof(InvalidOperationException).FullName!] = m => new InvalidOperationException(m),
        [typeof(KeyNotFoundException).FullName!] = m => new KeyNotFoundException(m),
        [typeof(NotSupportedException).FullName!] = m => new NotSupportedException(m),
        [typeof(FormatException).FullName!] = m => new FormatException(m),
        [typeof(OverflowException).FullName!] = m => new OverflowException(m),
        [typeof(UnauthorizedAccessException).FullName!] = m => new UnauthorizedAccessException(m),
        [typeof(OperationCanceledException).FullName!] = m => new OperationCanceledException(m),
        [typeof(TaskCanceledException).FullName!] = m => new TaskCanceledException(m),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The type name and message to send for <paramref name="exception"/>. A RemoteGrainException from a
    /// further hop is passed on under its original type, so the first caller sees what really failed.</summary>
    public static (string Type, string Message) Describe(Exception exception)
    {
        var (type, message) = exception is RemoteGrainException remote
            ? (remote.RemoteType, remote.RemoteMessage)
            : (exception.GetType().FullName ?? exception.GetType().Name, exception.Message);
        return (type, message.Length > MaxMessageLength ? message[..MaxMessageLength] : message);
    }

    public static Exception Rebuild(string? type, string? message)
    {
        type ??= typeof(Exception).FullName!;
        message ??= "";
        return Known.TryGetValue(type, out var create) ? create(message) : new RemoteGrainException(type, message);
    }
}
