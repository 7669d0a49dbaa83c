namespace Orleans.Grains.Mall;

/// <summary>The ids of all flash sales (keyed "default"), for listings.</summary>
public interface IFlashSaleIndexGrain : IGrainWithStringKey
{
    Task Add(long saleId);

    Task<IReadOnlyList<long>> List();
}
