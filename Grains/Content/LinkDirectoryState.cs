namespace Orleans.Grains.Content;

public sealed class LinkDirectoryState
{
    public List<LinkInfo> Links { get; set; } = [];
}
