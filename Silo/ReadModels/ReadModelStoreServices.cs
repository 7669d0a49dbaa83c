using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Grains.ReadModels;

namespace Orleans.Storage;

public static class ReadModelStoreServices
{
    /// <summary>The read-model store over the database that the "Storage" options choose for grain state.</summary>
    public static IServiceCollection AddReadModelStore(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => Create(sp.GetRequiredService<IOptions<GrainStorageOptions>>().Value));
        return services;
    }

    /// <summary>The store for the grain storage these options choose.</summary>
    internal static IReadModelStore Create(GrainStorageOptions options) => options.Provider switch
    {
        StorageProviderKind.Memory => SqliteReadModelStore.InMemory(),
        StorageProviderKind.Postgres => new PostgresReadModelStore(
            options.ConnectionString is { Length: > 0 } connectionString
                ? connectionString
                : throw new InvalidOperationException("Storage:ConnectionString is required when Storage:Provider is Postgres.")),
        _ => SqliteReadModelStore.ForFile(SqliteGrainStorage.BuildConnectionString(options)),
    };
}
