namespace Orleans.Grains.Content;

public sealed class ContentIndexState
{
    public HashSet<string> Keys { get; set; } = [];
}
