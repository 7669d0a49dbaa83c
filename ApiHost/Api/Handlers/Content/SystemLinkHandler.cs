using ApiHost.Api.Handlers.Catalog;
using ApiHost.Api.Handlers.SystemMethods;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>system.link (section 2.14): displayed links grouped by their category, categories by sort then id.
/// Only visible link categories (displayed, with displayed ancestors) show, and only those that have links.</summary>
public sealed class SystemLinkHandler : ApiHandler<TokenParameters, LinkGroupsResult>
{
    public override string Method => "system.link";

    protected override async Task<ApiResult> HandleAsync(TokenParameters parameters, ApiContext context)
    {
        var categories = context.Grains.GetGrain<ICategoryTreeGrain>(CategoryTree.Key).List();
        var links = context.Grains.GetGrain<ILinkDirectoryGrain>(LinkDirectory.Key).ListDisplayed();
        await Task.WhenAll(categories, links);

        var byCategory = (await links).ToLookup(l => l.CatId);
        var groups = CategoryTree.Visible(await categories, CategoryType.Link)
            .SelectMany(g => g)
            .OrderBy(c => c.Sort).ThenBy(c => c.CatId)
            .Where(c => byCategory.Contains(c.CatId))
            .Select(c => new LinkGroupView(c.CatId, c.Name, byCategory[c.CatId].Select(FriendLinkView.From).ToList()))
            .ToList();
        return Ok("success", new LinkGroupsResult(groups));
    }
}
