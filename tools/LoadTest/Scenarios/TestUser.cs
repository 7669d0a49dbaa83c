namespace Orleans.Tools.LoadTest.Scenarios;

/// <summary>A prepared buyer. Only one iteration uses a user at a time (see <see cref="UserPool"/>), so its request
/// tokens are never spent twice by concurrent buys.</summary>
public sealed class TestUser(int index, string mobile, string uniqueId)
{
    public int Index => index;

    public string Mobile => mobile;

    /// <summary>The user's device id (unique_id), fixed for the run.</summary>
    public string UniqueId => uniqueId;

    public long UserId { get; set; }

    public string? Token { get; set; }

    public long AddressId { get; set; }

    /// <summary>Unspent request tokens of system.request.token, oldest first.</summary>
    public Queue<string> RequestTokens { get; } = new();
}
