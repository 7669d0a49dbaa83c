using Microsoft.Extensions.Logging;
using Orleans.Runtime;

namespace Orleans.Grains.Content;

/// <summary>One article; after each durable write it is projected to <see cref="NewsReadModel"/>.</summary>
public sealed class NewsGrain(
    [PersistentState("state")] IPersistentState<NewsState> state,
    NewsReadModel readModel,
    TimeProvider clock,
    ILogger<NewsGrain> logger) : Grain, INewsGrain
{
    public override Task OnActivateAsync(CancellationToken cancellationToken) =>
        ContentProjection.HealAsync(readModel, GetPrimaryKeyLong(), state.State.News?.ToListing(), state.Etag, logger, cancellationToken);

    public Task<NewsInfo?> Get() => Task.FromResult(state.State.News);

    public Task<NewsInfo?> GetLive() =>
        Task.FromResult(state.State.News is { } n && ContentRules.IsLive(n.Published, n.StartTime, n.EndTime, clock.GetUtcNow()) ? n : null);

    public async Task<NewsInfo> Create(NewsInfo news)
    {
        if (state.State.News is not null || news.NewsId != GetPrimaryKeyLong())
        {
            throw new InvalidOperationException($"Article {GetPrimaryKeyLong()} exists already or the id differs from the grain's key.");
        }

        var now = clock.GetUtcNow();
        return await WriteAsync(news with { CreatedAt = now, UpdatedAt = now });
    }

    public async Task<NewsInfo?> Update(NewsInfo news)
    {
        if (state.State.News is not { } old)
        {
            return null;
        }

        return await WriteAsync(news with { NewsId = old.NewsId, CreatedAt = old.CreatedAt, UpdatedAt = clock.GetUtcNow() });
    }

    public async Task<bool> Delete()
    {
        if (state.State.News is null)
        {
            return false;
        }

        // Cleared, not removed: the storage keeps the version, so the tombstone below outranks any older row.
        await state.ClearStateAsync();
        await ProjectAsync(null);
        return true;
    }

    private async Task<NewsInfo> WriteAsync(NewsInfo news)
    {
        if (news.Check() is { } problem)
        {
            throw problem.ToException();
        }

        state.State.News = news;
        await state.WriteStateAsync();
        await ProjectAsync(news.ToListing());
        return news;
    }

    private async Task ProjectAsync(NewsListing? row)
    {
        if (!await ContentProjection.ProjectAsync(readModel, GetPrimaryKeyLong(), row, state.Etag, logger))
        {
            DeactivateOnIdle();
        }
    }
}
