namespace Bench.Alternatives.Identity;

/// <summary>A user's request tokens and addresses. Guarded by a lock: one user's calls are few and short.</summary>
public sealed class UserMemory
{
    /// <summary>Unspent request tokens one user may hold, as the product's RequestToken:MaxOutstanding.</summary>
    public const int MaxTokens = 50;

    /// <summary>Addresses per user, as the product's Mall:MaxAddresses.</summary>
    public const int MaxAddresses = 5;

    private readonly HashSet<string> _tokens = new(StringComparer.Ordinal);
    private readonly List<Address> _addresses = [];

    public IReadOnlyList<string> IssueTokens(int count)
    {
        lock (_tokens)
        {
            var issued = new List<string>(count);
            for (var i = 0; i < count && _tokens.Count < MaxTokens; i++)
            {
                var token = SecureToken.New();
                _tokens.Add(token);
                issued.Add(token);
            }

            return issued;
        }
    }

    /// <summary>Takes the token out (atomically: one token, one purchase attempt at a time).</summary>
    public bool TakeToken(string token)
    {
        lock (_tokens)
        {
            return _tokens.Remove(token);
        }
    }

    /// <summary>Puts a token back after a refusal that came before the decision (sold out, limit, gold, window),
    /// as the product keeps such tokens valid.</summary>
    public void ReturnToken(string token)
    {
        lock (_tokens)
        {
            _tokens.Add(token);
        }
    }

    public IReadOnlyList<Address> Addresses()
    {
        lock (_addresses)
        {
            return [.. _addresses];
        }
    }

    public Address? AddAddress(Func<long, Address> create)
    {
        lock (_addresses)
        {
            if (_addresses.Count >= MaxAddresses)
            {
                return null;
            }

            var address = create(_addresses.Count + 1);
            _addresses.Add(address);
            return address;
        }
    }

    public bool HasAddress(long addressId)
    {
        lock (_addresses)
        {
            return _addresses.Exists(a => a.AddressId == addressId);
        }
    }
}
