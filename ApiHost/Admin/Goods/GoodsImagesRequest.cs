namespace ApiHost.Admin.Goods;

/// <summary>Replaces a goods's album; the first image becomes the list image.</summary>
public sealed record GoodsImagesRequest(IReadOnlyList<string> GoodsImage);
