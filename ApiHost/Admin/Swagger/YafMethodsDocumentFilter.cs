using ApiHost.Admin.Dispatch;
using ApiHost.Api;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ApiHost.Admin.Swagger;

/// <summary>One Swagger operation per mobile method, generated from the dispatcher's handlers: its parameters
/// record as the request body and its result record as <c>data</c>, both with the protocol's snake_case names.
/// Each path is a concrete instance of POST /v1/dispatch/{method}/{v}, so "Try it out" runs the method.</summary>
public sealed class YafMethodsDocumentFilter(ApiDispatcher dispatcher) : IDocumentFilter
{
    public const string Tag = "Mobile methods (signed for you)";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        // The mobile records bind by ApiJson's rules, not the admin API's, so their schemas come from a generator
        // with those options; the "Yaf." prefix keeps them apart from admin schemas of the same type.
        var generator = new SchemaGenerator(
            new SchemaGeneratorOptions { SchemaIdSelector = type => "Yaf." + SchemaId(type) },
            new JsonSerializerDataContractResolver(ApiJson.Options));
        document.Tags ??= new HashSet<OpenApiTag>();
        if (!document.Tags.Any(t => t.Name == Tag))
        {
            document.Tags.Add(new OpenApiTag { Name = Tag });
        }

        foreach (var handler in dispatcher.Handlers)
        {
            var path = $"{DispatchEndpoints.Prefix}/{handler.Method}/{handler.Version}";
            var item = new OpenApiPathItem();
            item.AddOperation(HttpMethod.Post, Operation(handler, generator, document, context.SchemaRepository));
            document.Paths[path] = item;
        }
    }

    private static OpenApiOperation Operation(IApiHandler handler, SchemaGenerator generator, OpenApiDocument document, SchemaRepository schemas)
    {
        var needsSession = handler.Session == SessionRequirement.Required;
        IOpenApiSchema body = generator.GenerateSchema(handler.ParametersType, schemas);
        if (needsSession)
        {
            body = new OpenApiSchema
            {
                AllOf =
                [
                    body,
                    new OpenApiSchema
                    {
                        Type = JsonSchemaType.Object,
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            ["token"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The user's session token (user.login)." },
                        },
                        Required = new HashSet<string> { "token" },
                    },
                ],
            };
        }

        var envelope = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "200 success; 503 business error; 504-510, 601-607, 700 see seed 003 section 1.5." },
                ["msg"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["data"] = generator.GenerateSchema(handler.ResultType, schemas),
            },
        };
        var notes = new List<string>();
        if (needsSession)
        {
            notes.Add("needs a user session: put the user's token in the body");
        }

        if (handler.IsWrite)
        {
            notes.Add("has side effects");
        }

        return new OpenApiOperation
        {
            OperationId = $"yaf_{handler.Method.Replace('.', '_')}_{handler.Version.Replace('.', '_')}",
            Summary = $"{handler.Method} v{handler.Version}" + (notes.Count > 0 ? $" ({string.Join("; ", notes)})" : string.Empty),
            Description = "Signed with the chosen appid's secret and run through the mobile gateway; answers {code, msg, data}.",
            Tags = new HashSet<OpenApiTagReference> { new(Tag, document) },
            Parameters =
            [
                new OpenApiParameter
                {
                    Name = "appid",
                    In = ParameterLocation.Query,
                    Required = false,
                    Description = "The appid to sign with; default the development appid.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                },
            ],
            RequestBody = new OpenApiRequestBody
            {
                Required = false,
                Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = body } },
            },
            Responses = new OpenApiResponses
            {
                ["200"] = new OpenApiResponse
                {
                    Description = "The mobile protocol's envelope.",
                    Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = envelope } },
                },
            },
            Security = AdminSwagger.Requirements(document),
        };
    }

    private static string SchemaId(Type type) => type.IsGenericType
        ? type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)] + "Of" + string.Join("And", type.GetGenericArguments().Select(SchemaId))
        : type.Name;
}
