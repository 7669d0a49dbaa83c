namespace ApiHost.Admin.Categories;

/// <summary>What can change on a category; parent and type are fixed (moving would change the codes of a subtree).</summary>
public sealed record CategoryUpdateRequest(string CatName, int Sort = 0, bool Display = true);
