using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Orleans.Tests.AdminRest;

/// <summary>Swagger documents every admin route: each /v1 endpoint the host actually maps (whoever added it), with its
/// HTTP method, is in /swagger/v1/swagger.json, and the named resources are all there.</summary>
public sealed partial class AdminRoutesSwaggerTests
{
    private static readonly string[] Expected =
    [
        "GET /v1/goods", "POST /v1/goods", "GET /v1/goods/{goodsid}", "PUT /v1/goods/{goodsid}", "PUT /v1/goods/{goodsid}/sale",
        "PUT /v1/goods/{goodsid}/images", "POST /v1/goods/{goodsid}/stock", "GET /v1/goods/{goodsid}/stock",
        "GET /v1/categories", "POST /v1/categories", "GET /v1/categories/{catid}", "PUT /v1/categories/{catid}", "DELETE /v1/categories/{catid}",
        "GET /v1/ad-positions", "POST /v1/ad-positions", "GET /v1/ad-positions/{code}", "PUT /v1/ad-positions/{code}", "DELETE /v1/ad-positions/{code}",
        "GET /v1/ads", "POST /v1/ads", "GET /v1/ads/{adid}", "PUT /v1/ads/{adid}", "DELETE /v1/ads/{adid}",
        "GET /v1/notices", "POST /v1/notices", "GET /v1/notices/{noticeid}", "PUT /v1/notices/{noticeid}", "DELETE /v1/notices/{noticeid}",
        "GET /v1/upgrades", "POST /v1/upgrades", "GET /v1/upgrades/{upgradeid}", "PUT /v1/upgrades/{upgradeid}", "DELETE /v1/upgrades/{upgradeid}",
        "GET /v1/users", "GET /v1/users/{userid}", "POST /v1/users/{userid}/gold", "POST /v1/users/{userid}/lock", "DELETE /v1/users/{userid}/lock",
        "GET /v1/ip-bans", "POST /v1/ip-bans", "DELETE /v1/ip-bans/{ip}",
        "GET /v1/seckills", "POST /v1/seckills", "GET /v1/orders", "GET /v1/apps", "POST /v1/apps", "GET /v1/admin-users", "POST /v1/admin-users",
        "GET /v1/sms/outbox", "POST /v1/login",
    ];

    [Fact]
    public async Task Every_mapped_v1_route_and_method_is_in_the_swagger_document()
    {
        await using var host = new AdminRestHost();
        using var document = JsonDocument.Parse(await host.Http.GetStringAsync("/swagger/v1/swagger.json"));
        var paths = document.RootElement.GetProperty("paths");
        var documented = paths.EnumerateObject()
            .SelectMany(p => p.Value.EnumerateObject().Select(m => $"{m.Name.ToUpperInvariant()} {Normalize(p.Name)}"))
            .ToHashSet(StringComparer.Ordinal);

        var mapped = host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/v1/", StringComparison.Ordinal) == true)
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["ANY"])
                .Select(m => $"{m} {Normalize(e.RoutePattern.RawText!)}"))
            .ToList();

        Assert.NotEmpty(mapped);
        var undocumented = mapped.Where(route => !documented.Contains(route)).ToList();
        var missing = Expected.Where(route => !documented.Contains(route) || !mapped.Contains(route)).ToList();
        Assert.True(undocumented.Count == 0, "not in Swagger: " + string.Join(", ", undocumented));
        Assert.True(missing.Count == 0, "not mapped or not in Swagger: " + string.Join(", ", missing));

        // The write endpoints carry their JSON body schema, and every admin route the token requirement.
        var stock = paths.GetProperty("/v1/goods/{goodsid}/stock").GetProperty("post");
        Assert.True(stock.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
        Assert.Contains(stock.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("X-Auth-Token", out _));
    }

    /// <summary>"/v1/goods/{goodsid:long}/" and "/v1/goods/{goodsid}" name the same route.</summary>
    private static string Normalize(string route) => Constraint().Replace(route, "}").TrimEnd('/');

    [GeneratedRegex(@":[^}]+\}")]
    private static partial Regex Constraint();
}
