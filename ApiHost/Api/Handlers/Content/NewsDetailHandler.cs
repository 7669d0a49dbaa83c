using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>news.detail (section 2.23): one live article from its grain; unpublished, scheduled, expired and unknown
/// articles all read as missing.</summary>
public sealed class NewsDetailHandler : ApiHandler<NewsDetailParameters, NewsDetailView>
{
    public override string Method => "news.detail";

    protected override async Task<ApiResult> HandleAsync(NewsDetailParameters parameters, ApiContext context)
    {
        var news = parameters.NewsId > 0 ? await context.Grains.GetGrain<INewsGrain>(parameters.NewsId).GetLive() : null;
        return Ok("success", NewsDetailView.From(news ?? throw ApiException.Business("文章不存在或已下线")));
    }
}
