using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Orleans.Grains.ReadModels;

public static class ReadModelServices
{
    /// <summary>Registers a projection as a singleton (grains take it as a constructor parameter) and makes start-up
    /// create its table. The store itself (IReadModelStore) is provided by the silo.</summary>
    public static IServiceCollection AddReadModel<TModel>(this IServiceCollection services)
        where TModel : class, IReadModel
    {
        services.TryAddSingleton<TModel>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReadModel, TModel>(sp => sp.GetRequiredService<TModel>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ReadModelSchemaService>());
        return services;
    }
}
