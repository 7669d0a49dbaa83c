namespace Orleans.Grains.Catalog;

/// <summary>What a category groups, with the numbers of the document's <c>cat_type</c>.</summary>
public enum CategoryType
{
    Article = 1,
    Link = 2,
    Goods = 3,
}
