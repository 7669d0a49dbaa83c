using System.Collections.Concurrent;

namespace Bench.Alternatives.Identity;

/// <summary>Sessions, SMS codes (the sandbox outbox), request tokens and addresses, held in process memory. This
/// favours the alternatives: the product keeps all of them in grains with durable state, here they cost a dictionary
/// lookup, so the comparison measures the purchase designs, not a session store.</summary>
public sealed class MemoryIdentity
{
    private readonly ConcurrentDictionary<string, string> _outbox = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _sessions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, UserMemory> _users = new();
    private long _nextAddressId;

    public string SendCode(string mobile)
    {
        var code = SecureToken.SmsCode();
        _outbox[mobile] = code;
        return code;
    }

    public string? LatestCode(string mobile) => _outbox.TryGetValue(mobile, out var code) ? code : null;

    /// <summary>Consumes the code when it matches (constant-time compare).</summary>
    public bool TakeCode(string mobile, string code)
    {
        if (!_outbox.TryGetValue(mobile, out var expected)
            || !System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
                System.Text.Encoding.ASCII.GetBytes(expected), System.Text.Encoding.ASCII.GetBytes(code)))
        {
            return false;
        }

        return _outbox.TryRemove(new KeyValuePair<string, string>(mobile, expected));
    }

    public string OpenSession(long userId)
    {
        var token = SecureToken.New();
        _sessions[token] = userId;
        return token;
    }

    public long? UserOf(string? sessionToken) =>
        sessionToken is { Length: > 0 } && _sessions.TryGetValue(sessionToken, out var userId) ? userId : null;

    public UserMemory User(long userId) => _users.GetOrAdd(userId, _ => new UserMemory());

    public long NextAddressId() => Interlocked.Increment(ref _nextAddressId);
}
