using System.Text.Json;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class AdminSwaggerTests
{
    [Fact]
    public async Task Swagger_lists_the_admin_routes_the_security_schemes_and_one_operation_per_mobile_method()
    {
        await using var factory = AdminHosts.Create();
        using var client = factory.CreateClient();

        using var document = JsonDocument.Parse(await client.GetStringAsync("/swagger/v1/swagger.json"));
        var root = document.RootElement;
        var paths = root.GetProperty("paths");

        foreach (var path in new[] { "/v1/login", "/v1/logout", "/v1/admin-users", "/v1/admin-users/{username}", "/v1/sms/outbox",
                     "/v1/dispatch/{method}/{v}", "/v1/apps", "/v1/apps/{appid}", "/v1/apps/{appid}/secret", "/v1/dispatch/gold.balance/1.0.0" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the Swagger document");
        }

        var header = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("X-Auth-Token");
        Assert.Equal("apiKey", header.GetProperty("type").GetString());
        Assert.Equal("header", header.GetProperty("in").GetString());
        Assert.Equal("X-Auth-Token", header.GetProperty("name").GetString());

        var outbox = paths.GetProperty("/v1/sms/outbox").GetProperty("get");
        Assert.Contains(outbox.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("X-Auth-Token", out _));
        var parameters = outbox.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("mobile", parameters);
        Assert.Contains("__limit", parameters);
        Assert.Contains("__page", parameters);
        Assert.False(paths.GetProperty("/v1/login").GetProperty("post").TryGetProperty("security", out _));

        var gold = paths.GetProperty("/v1/dispatch/gold.balance/1.0.0").GetProperty("post");
        Assert.Contains(gold.GetProperty("security").EnumerateArray(), r => r.TryGetProperty("X-Auth-Token", out _));
        Assert.True(gold.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json")
            .GetProperty("schema").GetProperty("properties").TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Mobile_method_schemas_use_the_protocols_snake_case_names()
    {
        await using var factory = AdminHosts.Create();
        using var client = factory.CreateClient();

        var text = await client.GetStringAsync("/swagger/v1/swagger.json");

        // seckill.buy's parameters record (SeckillBuyParameters) binds "goods_id"-style names.
        using var document = JsonDocument.Parse(text);
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var yafSchemas = schemas.EnumerateObject().Where(s => s.Name.StartsWith("Yaf.", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(yafSchemas);
        Assert.Contains(yafSchemas, s => s.Value.TryGetProperty("properties", out var properties)
            && properties.EnumerateObject().Any(p => p.Name.Contains('_', StringComparison.Ordinal)));
        Assert.DoesNotContain(yafSchemas, s => s.Value.TryGetProperty("properties", out var properties)
            && properties.EnumerateObject().Any(p => p.Name.Any(char.IsUpper)));
    }
}
