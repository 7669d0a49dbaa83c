using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Catalog;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains;

/// <summary>Kept in the root namespace so that GrainServices needs only the one call.</summary>
public static class CatalogGrainServices
{
    /// <summary>What the catalogue grains need: the goods and goods-sales read models (tables created at start-up).</summary>
    public static IServiceCollection AddCatalogGrains(this IServiceCollection services) =>
        services.AddReadModel<GoodsReadModel>().AddReadModel<GoodsSalesReadModel>();
}
