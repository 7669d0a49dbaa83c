namespace ApiHost.Admin.Goods;

/// <summary>Puts a goods on sale (true) or takes it off (false).</summary>
public sealed record GoodsSaleRequest(bool OnSale);
