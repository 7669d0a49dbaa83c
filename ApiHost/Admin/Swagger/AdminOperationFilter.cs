using ApiHost.Admin.Http;
using Microsoft.OpenApi;
using Orleans.Grains.Admin;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ApiHost.Admin.Swagger;

/// <summary>Documents what the admin route groups add at run time: the session token requirement, the role an
/// endpoint needs and the paging parameters.</summary>
public sealed class AdminOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (!metadata.OfType<AdminEndpointMetadata>().Any())
        {
            return;
        }

        if (!metadata.OfType<AdminAnonymousMetadata>().Any())
        {
            operation.Security = AdminSwagger.Requirements(context.Document);
            var role = metadata.OfType<AdminRoleRequirement>().LastOrDefault()?.Role
                ?? (string.Equals(context.ApiDescription.HttpMethod, "GET", StringComparison.OrdinalIgnoreCase) ? AdminRole.Operator : AdminRole.Admin);
            operation.Description = $"{operation.Description}\n\nRequires role: {role.ToString().ToLowerInvariant()}.".TrimStart();
        }

        if (metadata.OfType<AdminPagingMetadata>().Any())
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(AdminSwagger.IntegerQuery(AdminPaging.LimitParameter,
                $"Records per page, 1-{AdminPaging.MaxLimit}; without it the query is not paged (at most {AdminPaging.MaxLimit} records).", AdminPaging.MaxLimit));
            operation.Parameters.Add(AdminSwagger.IntegerQuery(AdminPaging.PageParameter, "Page number, from 1 (default 1).", AdminPaging.MaxPage));
        }
    }
}
