using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Orleans.Grains.Common;
using Orleans.Runtime;

namespace Orleans.Grains.Identity;

/// <summary>Non-reentrant: a Consume removes the token and writes before the next call starts, so of any number of
/// concurrent duplicates exactly one succeeds, and a success is durable before it is answered.</summary>
public sealed class RequestTokenGrain(
    [PersistentState("state")] IPersistentState<RequestTokenState> state,
    IOptions<RequestTokenOptions> options,
    TimeProvider clock) : Grain, IRequestTokenGrain
{
    /// <summary>128 random bits as lower-case hex.</summary>
    private const int TokenHexLength = 32;

    private RequestTokenOptions Options => options.Value;

    public async Task<IReadOnlyList<string>> Issue(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Options.MaxPerIssue);
        var now = clock.GetUtcNow();
        var tokens = state.State.Tokens;
        tokens.RemoveAll(t => t.ExpiresAt <= now);
        var issued = new List<string>(number);
        for (var i = 0; i < number; i++)
        {
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(TokenHexLength / 2));
            issued.Add(token);
            tokens.Add(new IssuedRequestToken(Hash(token), now + Options.Lifetime));
        }

        if (tokens.Count > Options.MaxOutstanding)
        {
            tokens.RemoveRange(0, tokens.Count - Options.MaxOutstanding);
        }

        await state.WriteOrResetAsync(DeactivateOnIdle);
        return issued;
    }

    public async Task<bool> Consume(string token)
    {
        if (token is not { Length: TokenHexLength } || token.AsSpan().ContainsAnyExcept("0123456789abcdef"))
        {
            return false;
        }

        var hash = Encoding.ASCII.GetBytes(Hash(token));
        var now = clock.GetUtcNow();
        var index = state.State.Tokens.FindIndex(t => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(t.Hash), hash));
        if (index < 0 || state.State.Tokens[index].ExpiresAt <= now)
        {
            return false;
        }

        state.State.Tokens.RemoveAt(index);
        await state.WriteOrResetAsync(DeactivateOnIdle);
        return true;
    }

    private static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));
}
