namespace ApiHost.Admin.Catalog;

/// <summary>A refused admin catalogue operation. <see cref="Field"/> names the offending input (snake_case, with an
/// index for list items, e.g. "products[1].sales_price"); nothing was written.</summary>
public sealed class CatalogException(CatalogErrorKind kind, string field, string message) : Exception($"{field}: {message}")
{
    public CatalogErrorKind Kind { get; } = kind;

    public string Field { get; } = field;

    public string Reason { get; } = message;

    public static CatalogException Invalid(string field, string message) => new(CatalogErrorKind.Invalid, field, message);

    public static CatalogException NotFound(string field, string message) => new(CatalogErrorKind.NotFound, field, message);

    public static CatalogException Conflict(string field, string message) => new(CatalogErrorKind.Conflict, field, message);
}
