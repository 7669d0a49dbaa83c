using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Content;
using Orleans.Grains.ReadModels;

namespace Orleans.Grains;

/// <summary>Kept in the root namespace so that GrainServices needs only the one call.</summary>
public static class ContentGrainServices
{
    /// <summary>What the content grains need: the news and messages read models (tables created at start-up).</summary>
    public static IServiceCollection AddContentGrains(this IServiceCollection services) =>
        services.AddReadModel<NewsReadModel>().AddReadModel<MessageReadModel>();
}
