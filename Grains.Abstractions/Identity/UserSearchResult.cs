namespace Orleans.Grains.Identity;

public sealed record UserSearchResult(IReadOnlyList<UserListing> Users, long Total);
