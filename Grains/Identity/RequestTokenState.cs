namespace Orleans.Grains.Identity;

public sealed class RequestTokenState
{
    /// <summary>Unused tokens, oldest first; only hashes are stored.</summary>
    public List<IssuedRequestToken> Tokens { get; set; } = [];
}
