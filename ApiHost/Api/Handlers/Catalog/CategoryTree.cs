using Orleans.Grains.Catalog;

namespace ApiHost.Api.Handlers.Catalog;

/// <summary>What clients may see of the category tree.</summary>
public static class CategoryTree
{
    /// <summary>The key of the one category tree grain.</summary>
    public const string Key = "default";

    /// <summary>Displayed categories of <paramref name="type"/> whose ancestors are all displayed, by parent, in
    /// list order (sort, then id).</summary>
    public static ILookup<long, CategoryInfo> Visible(IReadOnlyList<CategoryInfo> all, CategoryType type)
    {
        var byId = all.ToDictionary(c => c.CatId);
        return all.Where(c => c.CatType == type && IsShown(c, byId)).ToLookup(c => c.ParentId);
    }

    /// <summary>The category and all its visible descendants, or empty when it is not visible.</summary>
    public static IReadOnlyList<long> WithDescendants(IReadOnlyList<CategoryInfo> all, CategoryType type, long catId)
    {
        var visible = Visible(all, type);
        if (!visible.SelectMany(g => g).Any(c => c.CatId == catId))
        {
            return [];
        }

        var found = new List<long>();
        var pending = new Stack<long>([catId]);
        while (pending.TryPop(out var id))
        {
            found.Add(id);
            foreach (var child in visible[id])
            {
                pending.Push(child.CatId);
            }
        }

        return found;
    }

    private static bool IsShown(CategoryInfo category, Dictionary<long, CategoryInfo> byId)
    {
        for (CategoryInfo? c = category; c is not null; c = c.ParentId == 0 ? null : byId.GetValueOrDefault(c.ParentId))
        {
            if (!c.Display)
            {
                return false;
            }

            if (c.ParentId != 0 && !byId.ContainsKey(c.ParentId))
            {
                return false;
            }
        }

        return true;
    }
}
