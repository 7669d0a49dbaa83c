using ApiHost.Admin.Http;
using Orleans.Grains.Content;

namespace ApiHost.Admin.Links;

public sealed record LinkItem(long LinkId, long CatId, string LinkName, string LinkUrl, string ImageUrl, int Sort, bool Display, string CTime, string UTime)
{
    public static LinkItem From(LinkInfo link) => new(
        link.LinkId, link.CatId, link.Name, link.Url, link.ImageUrl, link.Sort, link.Display, AdminTime.Format(link.CreatedAt), AdminTime.Format(link.UpdatedAt));
}
