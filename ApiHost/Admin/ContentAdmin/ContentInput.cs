using System.Globalization;
using ApiHost.Admin.Http;
using ApiHost.Api;
using ApiHost.Api.Handlers.Catalog;
using Orleans;
using Orleans.Grains.Catalog;
using Orleans.Grains.Content;

namespace ApiHost.Admin.ContentAdmin;

/// <summary>What the admin services of links, news and messages share: the content rules' problems as 400s naming the
/// field, optional times, category checks and integer query filters.</summary>
public static class ContentInput
{
    public static void ThrowIfInvalid(FieldProblem? problem)
    {
        if (problem is not null)
        {
            throw AdminException.Invalid(problem.Field, problem.Problem);
        }
    }

    /// <summary>An optional bound: absent or empty is none; anything else must be "yyyy-MM-dd HH:mm:ss" (China time).</summary>
    public static DateTimeOffset? Time(string? text, string field) =>
        string.IsNullOrEmpty(text) ? null : ApiTime.Parse(text) ?? throw AdminException.Invalid(field, "must be yyyy-MM-dd HH:mm:ss");

    /// <summary>The category, which must exist and be of <paramref name="type"/>.</summary>
    public static async Task<CategoryInfo> CategoryAsync(IGrainFactory grains, long catId, CategoryType type)
    {
        var category = catId > 0 ? await grains.GetGrain<ICategoryTreeGrain>(CategoryTree.Key).Get(catId) : null;
        return category is not null && category.CatType == type
            ? category
            : throw AdminException.Invalid("cat_id", $"must name an existing category of cat_type {(int)type} ({type.ToString().ToLowerInvariant()})");
    }

    public static long? Long(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values
            ? values.Count == 1 && long.TryParse(values[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                ? value
                : throw AdminException.Invalid(name, "must be one integer")
            : null;

    public static bool? Bool(IQueryCollection query, string name) =>
        query[name] is { Count: > 0 } values
            ? values.Count == 1 && bool.TryParse(values[0], out var value) ? value : throw AdminException.Invalid(name, "must be true or false")
            : null;

    public static string? Text(IQueryCollection query, string name, int maxLength) =>
        query[name] is { Count: > 0 } values
            ? values.Count == 1 && values[0]!.Length <= maxLength ? values[0] : throw AdminException.Invalid(name, $"one value of at most {maxLength} characters")
            : null;
}
