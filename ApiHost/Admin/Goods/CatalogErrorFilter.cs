using ApiHost.Admin.Catalog;
using ApiHost.Admin.Http;

namespace ApiHost.Admin.Goods;

/// <summary>Turns the refusals of <see cref="CatalogAdminService"/> into the admin envelope: Invalid 400, NotFound 404,
/// Conflict 409, each naming the field. Runs inside <see cref="AdminErrorFilter"/>, which renders the result.</summary>
public sealed class CatalogErrorFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (CatalogException error)
        {
            throw error.Kind switch
            {
                CatalogErrorKind.NotFound => new AdminException(StatusCodes.Status404NotFound, AdminErrorCodes.NotFound, error.Message),
                CatalogErrorKind.Conflict => new AdminException(StatusCodes.Status409Conflict, AdminErrorCodes.Conflict, error.Message),
                _ => AdminException.Invalid(error.Field, error.Reason),
            };
        }
    }
}
