using System.Net;
using System.Text.Json;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Hosting;

public sealed class ApiHostTests
{
    [Fact]
    public async Task Health_reports_the_embedded_sqlite_store_in_the_data_directory()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("sqlite", body.RootElement.GetProperty("storage").GetProperty("provider").GetString());
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, "grains.db")));
    }

    [Theory, InlineData("Memory"), PostgresData]
    public async Task Health_reports_the_configured_provider(string provider)
    {
        await using var factory = new ApiHostFactory(new()
        {
            ["Storage:Provider"] = provider,
            ["Storage:ConnectionString"] = provider == "Postgres" ? PostgresDataAttribute.ConnectionString : null,
        });
        using var client = factory.CreateClient();

        using var body = JsonDocument.Parse(await client.GetStringAsync("/health"));

        Assert.Equal(provider.ToLowerInvariant(), body.RootElement.GetProperty("storage").GetProperty("provider").GetString());
    }

    [Fact]
    public async Task Health_answers_503_when_storage_stops_answering()
    {
        var folder = Path.Combine(Path.GetTempPath(), "orleans-apihost-tests", Guid.NewGuid().ToString("N"));
        await using var factory = new ApiHostFactory(new()
        {
            ["Storage:ConnectionString"] = $"Data Source={folder}/grains.db;Pooling=False",
        });
        using var client = factory.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);

        Directory.Delete(folder, recursive: true);
        using var response = await client.GetAsync("/health");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Swagger_ui_and_document_are_served()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var ui = await client.GetAsync("/swagger/index.html");
        var document = await client.GetStringAsync("/swagger/v1/swagger.json");

        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        Assert.Contains("\"/health\"", document);
    }
}
