using System.Security.Cryptography;
using ApiHost.Admin.Catalog;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Catalog;
using Orleans.Grains.Sms;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Dialects;

/// <summary>The real API host for the dialect tests: memory storage, a manual clock, the bootstrap admin, a fast
/// password hash, SMS and ban limits raised, and one seed-004 app ("android_demo", the default) whose RSA key and
/// AES/SM4 keys the test holds.</summary>
public sealed class DialectHost : IAsyncDisposable
{
    public const string EnvelopeAppId = "android_demo";

    public DialectHost(Dictionary<string, string?>? settings = null)
    {
        ClientKey = RSA.Create(2048);
        AesKey = RandomNumberGenerator.GetBytes(32);
        Sm4Key = RandomNumberGenerator.GetBytes(16);
        var all = AdminClient.Settings(new()
        {
            ["PasswordHash:Iterations"] = "1000",
            ["IpGuard:SmsPerDay"] = "1000000",
            ["IpGuard:FailuresToBan"] = "1000000",
            ["Envelope:DefaultAppId"] = EnvelopeAppId,
            [$"Envelope:Apps:{EnvelopeAppId}:PublicKey"] = ClientKey.ExportSubjectPublicKeyInfoPem(),
            [$"Envelope:Apps:{EnvelopeAppId}:AesKey"] = Convert.ToBase64String(AesKey),
            [$"Envelope:Apps:{EnvelopeAppId}:Sm4Key"] = Convert.ToBase64String(Sm4Key),
        });
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        Factory = new ApiHostFactory(all, services => services.AddSingleton<TimeProvider>(Clock));
        Http = Factory.CreateClient();
    }

    public ManualClock Clock { get; } = new();

    public ApiHostFactory Factory { get; }

    public HttpClient Http { get; }

    public RSA ClientKey { get; }

    public byte[] AesKey { get; }

    public byte[] Sm4Key { get; }

    public IGrainFactory Grains => Factory.Services.GetRequiredService<IGrainFactory>();

    public Task<string> RegisterCodeAsync(string mobile) => TestSessions.ReadOutboxCodeAsync(Factory.Services, mobile, SmsTemplates.Register);

    /// <summary><paramref name="count"/> single-spec goods on sale, created as an admin would (so the search read model has them).</summary>
    public async Task<IReadOnlyList<long>> GoodsAsync(int count)
    {
        var admin = Factory.Services.GetRequiredService<CatalogAdminService>();
        var cat = (await admin.CreateCategoryAsync(new CategoryInput("数码", 0, CategoryType.Goods, 0, true))).CatId;
        var ids = new List<long>();
        for (var i = 0; i < count; i++)
        {
            ids.Add((await admin.CreateGoodsAsync(new GoodsInput(
                $"商品{i:00}", cat, true, 0, string.Empty, [], string.Empty,
                [new ProductInput(0, string.Empty, $"sku-{i}", 100 + i, 100 + i, 10)]))).GoodsId);
        }

        return ids;
    }

    public EnvelopeClient Envelope() => new(Http, ClientKey, AesKey, Sm4Key, Clock);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        ClientKey.Dispose();
        await Factory.DisposeAsync();
    }
}
