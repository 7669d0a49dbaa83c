namespace ApiHost.Admin.Catalog;

/// <summary>Size and range limits of admin catalogue input.</summary>
public static class CatalogLimits
{
    public const int MaxGoodsName = 100;
    public const int MaxCategoryName = 50;
    public const int MaxUrl = 500;
    public const int MaxImages = 20;
    public const int MaxDescription = 20_000;
    public const int MaxProducts = 100;
    public const int MaxSku = 50;
    public const int MaxSpecVal = 200;
    public const int MaxPrice = 100_000_000;
    public const int MaxStock = 10_000_000;
    public const int MaxLimitCount = 1_000_000;
    public const int MaxReason = 200;
    public const int MaxRequestId = 64;
    public const int MaxSort = 1_000_000;
}
