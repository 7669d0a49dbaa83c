namespace Orleans.Grains.Content;

public sealed class NewsState
{
    public NewsInfo? News { get; set; }
}
