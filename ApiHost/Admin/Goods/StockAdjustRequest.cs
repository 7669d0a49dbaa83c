namespace ApiHost.Admin.Goods;

/// <summary>Adds (delta &gt; 0) or removes (delta &lt; 0) stock of one product of the goods, with the reason kept in the
/// product's stock journal. A delta, never an absolute value, so purchases made meanwhile are not overwritten.</summary>
public sealed record StockAdjustRequest(long Productid, int Delta, string Reason);
