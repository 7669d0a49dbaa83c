namespace Orleans.Grains.Identity;

/// <summary>Indexed users queries on the users read model (key 0). Reentrant: queries interleave at their database
/// awaits, and no user grain is activated to answer a list.</summary>
public interface IUserSearchGrain : IGrainWithIntegerKey
{
    Task<UserSearchResult> Search(UserSearch search);
}
