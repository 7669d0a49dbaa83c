namespace ApiHost.Api.Handlers.Catalog;

public sealed record GoodsDetailParameters(long GoodsId);
