namespace ApiHost.Admin.Catalog;

/// <summary>How an admin catalogue operation failed; the REST layer maps these to 400, 404 and 409.</summary>
public enum CatalogErrorKind
{
    Invalid,
    NotFound,
    Conflict,
}
