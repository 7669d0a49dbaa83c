using System.Globalization;
using ApiHost.Admin.Http;
using Microsoft.OpenApi;

namespace ApiHost.Admin.Swagger;

/// <summary>The admin API's security schemes and shared Swagger pieces.</summary>
public static class AdminSwagger
{
    public const string HeaderScheme = "X-Auth-Token";
    public const string QueryScheme = "__token";

    public static OpenApiSecurityScheme Header() => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Header,
        Name = AdminAuthenticator.HeaderName,
        Description = "The token answered by POST /v1/login (8 h sliding expiry).",
    };

    public static OpenApiSecurityScheme Query() => new()
    {
        Type = SecuritySchemeType.ApiKey,
        In = ParameterLocation.Query,
        Name = AdminAuthenticator.QueryName,
        Description = "The same token as a query parameter, for links and downloads.",
    };

    /// <summary>Either the header or the query parameter (two alternatives).</summary>
    public static List<OpenApiSecurityRequirement> Requirements(OpenApiDocument document) =>
    [
        new() { [new OpenApiSecuritySchemeReference(HeaderScheme, document)] = [] },
        new() { [new OpenApiSecuritySchemeReference(QueryScheme, document)] = [] },
    ];

    public static OpenApiParameter IntegerQuery(string name, string description, int maximum) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Required = false,
        Description = description,
        Schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Integer,
            Format = "int32",
            Minimum = "1",
            Maximum = maximum.ToString(CultureInfo.InvariantCulture),
        },
    };
}
