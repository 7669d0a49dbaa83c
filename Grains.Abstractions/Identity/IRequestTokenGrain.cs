namespace Orleans.Grains.Identity;

/// <summary>A user's single-use anti-replay request tokens, keyed by user id.</summary>
public interface IRequestTokenGrain : IGrainWithIntegerKey
{
    /// <summary>Issues <paramref name="number"/> new tokens.</summary>
    Task<IReadOnlyList<string>> Issue(int number);

    /// <summary>True exactly once per issued, unexpired token.</summary>
    Task<bool> Consume(string token);
}
