namespace Orleans.Grains.Content;

public sealed class AdPositionState
{
    public AdPositionInfo? Position { get; set; }

    public List<AdInfo> Ads { get; set; } = [];
}
