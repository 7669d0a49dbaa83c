using Microsoft.Extensions.DependencyInjection;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.AdminRest;

/// <summary>The real ApiHost for the admin REST tests: the bootstrap admin, a fast password hash, SMS and failure
/// limits raised so tests can register users freely, X-Forwarded-For trusted so a test can speak from an address it
/// bans, and a manual clock.</summary>
public sealed class AdminRestHost : IAsyncDisposable
{
    private readonly ApiHostFactory _factory;

    public AdminRestHost()
    {
        _factory = new ApiHostFactory(
            AdminClient.Settings(new()
            {
                ["PasswordHash:Iterations"] = "1000",
                ["IpGuard:SmsPerDay"] = "1000000",
                ["IpGuard:FailuresToBan"] = "1000000",
                ["Yaf:TrustForwardedFor"] = "true",
            }),
            services => services.AddSingleton<TimeProvider>(Clock));
        Http = _factory.CreateClient();
    }

    public ManualClock Clock { get; } = new();

    public HttpClient Http { get; }

    public IServiceProvider Services => _factory.Services;

    public YafClient Client(string? ip = null) => new(Http) { Clock = Clock, ForwardedFor = ip };

    public Task<AdminClient> AdminAsync() => AdminClient.SignInAsync(Http);

    /// <summary>An operator (read-only admin) created through POST /v1/admin-users and signed in.</summary>
    public async Task<AdminClient> OperatorAsync(AdminClient admin, string username = "viewer")
    {
        var created = await admin.PostAsync("/v1/admin-users", new { username, password = "viewer-pass-1", role = "operator" });
        Assert.Equal(0, created.ErrCode);
        return await AdminClient.SignInAsync(Http, username, "viewer-pass-1");
    }

    /// <summary>A user registered and logged in through the real methods.</summary>
    public Task<(long UserId, string Token)> RegisterAsync(string mobile, YafClient? client = null) =>
        TestSessions.RegisterAndLoginAsync(client ?? Client(), mobile, Services);

    public ValueTask DisposeAsync()
    {
        Http.Dispose();
        return _factory.DisposeAsync();
    }
}
