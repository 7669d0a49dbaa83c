using ApiHost.Admin.ContentAdmin;
using ApiHost.Admin.Http;
using ApiHost.Api.Handlers.Content;
using Orleans;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Links;

/// <summary>Friendly links for admins, kept by the link directory grain; a link belongs to an existing link category.</summary>
public sealed class LinkAdminService(IGrainFactory grains)
{
    public const string DirectoryKey = LinkDirectory.Key;

    private ILinkDirectoryGrain Directory => grains.GetGrain<ILinkDirectoryGrain>(DirectoryKey);

    /// <summary>Links by sort then id, optionally of one category and/or display state.</summary>
    public async Task<IReadOnlyList<LinkItem>> ListAsync(IQueryCollection query)
    {
        var catId = ContentInput.Long(query, "cat_id");
        var display = ContentInput.Bool(query, "display");
        return (await Directory.List())
            .Where(l => (catId is null || l.CatId == catId) && (display is null || l.Display == display))
            .Select(LinkItem.From)
            .ToList();
    }

    public async Task<LinkItem> GetAsync(long linkId) =>
        await Directory.Get(linkId) is { } link ? LinkItem.From(link) : throw AdminException.NotFound($"link {linkId}");

    public async Task<LinkItem> CreateAsync(LinkRequest request) => LinkItem.From((await Directory.Save(await ValidateAsync(0, request)))!);

    public async Task<LinkItem> UpdateAsync(long linkId, LinkRequest request)
    {
        await GetAsync(linkId);
        return await Directory.Save(await ValidateAsync(linkId, request)) is { } stored
            ? LinkItem.From(stored)
            : throw AdminException.NotFound($"link {linkId}");
    }

    public async Task DeleteAsync(long linkId)
    {
        if (!await Directory.Delete(linkId))
        {
            throw AdminException.NotFound($"link {linkId}");
        }
    }

    private async Task<LinkInfo> ValidateAsync(long linkId, LinkRequest r)
    {
        var link = new LinkInfo(linkId, r.CatId, r.LinkName.Trim(), r.LinkUrl.Trim(), r.ImageUrl.Trim(), r.Sort, r.Display);
        ContentInput.ThrowIfInvalid(link.Check());
        await ContentInput.CategoryAsync(grains, r.CatId, CategoryType.Link);
        return link;
    }
}
