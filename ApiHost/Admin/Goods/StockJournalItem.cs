using ApiHost.Admin.Http;
using Orleans.Grains.Mall;

namespace ApiHost.Admin.Goods;

/// <summary>One manual stock change (opening stock included): the delta, why, and the available stock after it.</summary>
public sealed record StockJournalItem(long Productid, int Delta, string Reason, int Stock, string CTime)
{
    public static StockJournalItem From(long productId, StockAdjustment a) => new(productId, a.Delta, a.Reason, a.Available, AdminTime.Format(a.At));
}
