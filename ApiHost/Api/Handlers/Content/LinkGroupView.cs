namespace ApiHost.Api.Handlers.Content;

/// <summary>One link category of section 2.14 with its links.</summary>
public sealed record LinkGroupView(long CatId, string CatName, IReadOnlyList<FriendLinkView> Links);
