namespace Orleans.Grains.Gateway;

public sealed class AppDirectoryState
{
    public HashSet<string> AppIds { get; set; } = [];
}
