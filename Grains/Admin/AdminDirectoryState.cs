namespace Orleans.Grains.Admin;

public sealed class AdminDirectoryState
{
    public HashSet<string> Usernames { get; set; } = [];
}
