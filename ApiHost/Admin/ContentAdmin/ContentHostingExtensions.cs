using ApiHost.Admin.ContentAdmin;
using ApiHost.Api.Handlers.Content;
using ApiHost.DemoData;

namespace ApiHost.Hosting;

/// <summary>Kept in the hosting namespace so that ApiHostExtensions needs only the one call.</summary>
public static class ContentHostingExtensions
{
    /// <summary>The content methods' options and the content's demo data. (Handlers are discovered; the admin services
    /// of links, news and messages are registered with the admin API.) Call after AddCatalog: the demo contributors run
    /// in registration order, and the content's links and articles go into the catalogue's categories.</summary>
    public static IServiceCollection AddContent(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ContentOptions>(configuration.GetSection("Content"));
        services.AddDemoDataContributor<ContentDemoData>(configuration);
        return services;
    }
}
