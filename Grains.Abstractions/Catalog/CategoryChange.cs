namespace Orleans.Grains.Catalog;

/// <summary>The outcome of a category change and, when it succeeded, the category as stored (as it was, for a delete).</summary>
public sealed record CategoryChange(CategoryOutcome Outcome, CategoryInfo? Category = null);
