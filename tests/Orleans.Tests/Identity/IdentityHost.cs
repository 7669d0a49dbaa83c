using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Sms;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Identity;

/// <summary>The real ApiHost with a manual clock and a capturing SMS sender in place of the sandbox one. Request
/// timestamps stay real while the server clock moves, so the timestamp window is widened; X-Forwarded-For is
/// trusted so a test can speak from several addresses.</summary>
public sealed class IdentityHost : IAsyncDisposable
{
    public const string Password = TestSessions.DefaultPassword;

    private readonly ApiHostFactory _factory;
    private readonly WebApplicationFactory<Program> _app;

    public IdentityHost(Dictionary<string, string?>? settings = null, string provider = "Memory", string? dataDirectory = null, ManualClock? clock = null)
    {
        Clock = clock ?? NewClock();
        var all = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = provider,
            ["Yaf:TimestampWindow"] = "400.00:00:00",
            ["Yaf:TrustForwardedFor"] = "true",
            ["PasswordHash:Iterations"] = "1000",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _factory = new ApiHostFactory(all, dataDirectory: dataDirectory);
        _app = _factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<ISmsSender>(Sms);
        }));
    }

    public ManualClock Clock { get; }

    /// <summary>A clock at 02:00 UTC (10:00 China time) of today, so a test that moves minutes ahead stays within one
    /// China calendar day whenever it runs, and request timestamps (real time) stay near it.</summary>
    public static ManualClock NewClock() => new(new DateTimeOffset(DateTime.UtcNow.Date.AddHours(2), TimeSpan.Zero));

    public CapturingSmsSender Sms { get; } = new();

    public string DataDirectory => _factory.DataDirectory;

    public IGrainFactory Grains => _app.Services.GetRequiredService<IGrainFactory>();

    public YafClient Client(int platform = 1, string? ip = null) =>
        new(_app.CreateClient()) { Platform = platform, ForwardedFor = ip };

    public Task<YafReply> SendCodeAsync(YafClient client, string mobile, string template) =>
        client.CallAsync("sms.send", new { mobile, key = template });

    /// <summary>Registers through sms.send and user.register (the shared test helper), reading the code captured here.</summary>
    public Task<(long UserId, string Token)> RegisterAsync(YafClient client, string mobile, string password = Password) =>
        TestSessions.RegisterAndLoginAsync(client, mobile, m => Task.FromResult(Sms.LatestCode(m, SmsTemplates.Register)), password);

    public Task<YafReply> LoginAsync(YafClient client, string mobile, string password = Password) =>
        client.CallAsync("user.login", new { mobile, login_type = 2, password });

    public ValueTask DisposeAsync() => _factory.DisposeAsync();
}
