namespace Orleans.Grains.Catalog;

public enum CategoryOutcome
{
    Ok,
    NotFound,
    ParentNotFound,

    /// <summary>The parent is of another cat_type.</summary>
    ParentTypeMismatch,

    /// <summary>Deeper than the ten levels a 30-character cat_code can hold.</summary>
    TooDeep,

    /// <summary>A parent has had its 900 children (codes 100-999).</summary>
    TooManyChildren,

    /// <summary>The tree holds its maximum number of categories.</summary>
    TooMany,

    /// <summary>Only a category without children can be deleted.</summary>
    HasChildren,
}
