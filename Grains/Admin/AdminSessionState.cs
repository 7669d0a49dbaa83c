namespace Orleans.Grains.Admin;

public sealed class AdminSessionState
{
    public string Username { get; set; } = string.Empty;

    public int Epoch { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
