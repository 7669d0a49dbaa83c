using System.Globalization;
using Orleans.Runtime;

namespace Orleans.Grains.Catalog;

public sealed class CategoryTreeGrain([PersistentState("state")] IPersistentState<CategoryTreeState> state) : Grain, ICategoryTreeGrain
{
    /// <summary>Most categories in the tree: it is held and written whole.</summary>
    public const int MaxCategories = 2000;

    private const int CodeLength = 30;
    private const int LevelDigits = 3;

    private Dictionary<long, CategoryInfo> All => state.State.Categories;

    public Task<IReadOnlyList<CategoryInfo>> List() =>
        Task.FromResult<IReadOnlyList<CategoryInfo>>(All.Values.OrderBy(c => c.Sort).ThenBy(c => c.CatId).ToList());

    public Task<CategoryInfo?> Get(long catId) => Task.FromResult(All.GetValueOrDefault(catId));

    public async Task<CategoryChange> Create(CategoryInput input)
    {
        if (All.Count >= MaxCategories)
        {
            return new(CategoryOutcome.TooMany);
        }

        var parentCode = string.Empty;
        if (input.ParentId != 0)
        {
            if (All.GetValueOrDefault(input.ParentId) is not { } parent)
            {
                return new(CategoryOutcome.ParentNotFound);
            }

            if (parent.CatType != input.CatType)
            {
                return new(CategoryOutcome.ParentTypeMismatch);
            }

            parentCode = parent.CatCode[..(Level(parent) * LevelDigits)];
            if (parentCode.Length + LevelDigits > CodeLength)
            {
                return new(CategoryOutcome.TooDeep);
            }
        }

        // Siblings share the parent's prefix and take the next free three-digit number from 100.
        var taken = All.Values.Where(c => c.ParentId == input.ParentId)
            .Select(c => int.Parse(c.CatCode.AsSpan(parentCode.Length, LevelDigits), CultureInfo.InvariantCulture))
            .DefaultIfEmpty(99)
            .Max();
        if (taken >= 999)
        {
            return new(CategoryOutcome.TooManyChildren);
        }

        var code = (parentCode + (taken + 1).ToString(CultureInfo.InvariantCulture)).PadRight(CodeLength, '0');
        var category = new CategoryInfo(state.State.LastId + 1, input.Name, input.ParentId, input.CatType, code, input.Sort, input.Display);
        All[category.CatId] = category;
        state.State.LastId = category.CatId;
        await state.WriteStateAsync();
        return new(CategoryOutcome.Ok, category);
    }

    public async Task<CategoryChange> Update(long catId, CategoryUpdate update)
    {
        if (All.GetValueOrDefault(catId) is not { } current)
        {
            return new(CategoryOutcome.NotFound);
        }

        var updated = current with { Name = update.Name, Sort = update.Sort, Display = update.Display };
        if (updated != current)
        {
            All[catId] = updated;
            await state.WriteStateAsync();
        }

        return new(CategoryOutcome.Ok, updated);
    }

    public async Task<CategoryChange> Delete(long catId)
    {
        if (All.GetValueOrDefault(catId) is not { } current)
        {
            return new(CategoryOutcome.NotFound);
        }

        if (All.Values.Any(c => c.ParentId == catId))
        {
            return new(CategoryOutcome.HasChildren);
        }

        All.Remove(catId);
        await state.WriteStateAsync();
        return new(CategoryOutcome.Ok, current);
    }

    /// <summary>Depth from the root (a root is level 1), following parents.</summary>
    private int Level(CategoryInfo category)
    {
        var level = 1;
        for (var parent = category.ParentId; parent != 0 && All.TryGetValue(parent, out var next); parent = next.ParentId)
        {
            level++;
        }

        return level;
    }
}
