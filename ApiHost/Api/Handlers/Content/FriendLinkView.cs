using Orleans.Grains.Content;

namespace ApiHost.Api.Handlers.Content;

/// <summary>One link of section 2.14 (<c>links.*</c>).</summary>
public sealed record FriendLinkView(string LinkName, string LinkUrl, string ImageUrl)
{
    public static FriendLinkView From(LinkInfo link) => new(link.Name, link.Url, link.ImageUrl);
}
