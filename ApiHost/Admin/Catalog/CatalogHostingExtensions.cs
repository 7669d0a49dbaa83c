using ApiHost.Admin.Catalog;
using ApiHost.DemoData;

namespace ApiHost.Hosting;

/// <summary>Kept in the hosting namespace so that ApiHostExtensions needs only the one call.</summary>
public static class CatalogHostingExtensions
{
    /// <summary>The admin catalogue service and the catalogue's demo data. (The client methods are handlers,
    /// discovered like every other.)</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<CatalogAdminService>();
        services.AddDemoDataContributor<CatalogDemoData>(configuration);
        return services;
    }
}
