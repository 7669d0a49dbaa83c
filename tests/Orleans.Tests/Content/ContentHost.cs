using System.Text.Json;
using ApiHost.Admin.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Catalog;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Content;

/// <summary>The real API host for the content tests: a manual clock shared by handlers and grains, the bootstrap
/// admin, a fast password hash and SMS limits raised so each test can register its users through the real methods.</summary>
public sealed class ContentHost : IAsyncDisposable
{
    public ContentHost(Dictionary<string, string?>? settings = null, string? dataDirectory = null)
    {
        var all = AdminClient.Settings(new()
        {
            ["PasswordHash:Iterations"] = "1000",
            ["IpGuard:SmsPerDay"] = "1000000",
            ["IpGuard:FailuresToBan"] = "1000000",
        });
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        Factory = new ApiHostFactory(all, services => services.AddSingleton<TimeProvider>(Clock), dataDirectory);
        Http = Factory.CreateClient();
    }

    public ManualClock Clock { get; } = new();

    public ApiHostFactory Factory { get; }

    public HttpClient Http { get; }

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public CatalogAdminService Catalog => Factory.Services.GetRequiredService<CatalogAdminService>();

    public YafClient Client() => new(Http) { Clock = Clock };

    public Task<AdminClient> AdminAsync() => AdminClient.SignInAsync(Http);

    /// <summary>A signed-in admin of the read-only operator role.</summary>
    public async Task<AdminClient> OperatorAsync()
    {
        var admin = await AdminAsync();
        var created = await admin.PostAsync("/v1/admin-users", new { username = "viewer", password = "viewer-pass-1", role = "operator" });
        Assert.Equal(0, created.ErrCode);
        return await AdminClient.SignInAsync(Http, "viewer", "viewer-pass-1");
    }

    /// <summary>A registered, signed-in user.</summary>
    public async Task<(long UserId, string Token)> UserAsync(string mobile) =>
        await TestSessions.RegisterAndLoginAsync(Client(), mobile, Factory.Services);

    public async Task<long> CategoryAsync(string name, CategoryType type, long parentId = 0, bool display = true) =>
        (await Catalog.CreateCategoryAsync(new CategoryInput(name, parentId, type, 0, display))).CatId;

    /// <summary>Calls a method and expects code 200.</summary>
    public async Task<JsonElement> OkAsync(string method, object? parameters = null)
    {
        var reply = await Client().CallAsync(method, parameters);
        Assert.True(reply.Code == 200, $"{method}: {reply}");
        return reply.Data!.Value;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }
}
