using Bench.Alternatives.Admin;
using Bench.Alternatives.Identity;
using Bench.Alternatives.Mobile;
using Bench.Alternatives.Protocol;
using Bench.Alternatives.Store;
using Microsoft.Extensions.Options;
using Npgsql;
using StackExchange.Redis;

namespace Bench.Alternatives;

/// <summary>The alternatives of bench/seckill-compare.sh: one small host, --Store Postgres (design a) or --Store Redis
/// (design b). A named class rather than top-level statements, so the test project (which references both this and
/// ApiHost) sees only ApiHost's global Program.</summary>
public static class AlternativesProgram
{
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.Configure<AlternativesOptions>(builder.Configuration);
        builder.Services.PostConfigure<AlternativesOptions>(o => o.AdminPassword ??= Environment.GetEnvironmentVariable("ADMIN_PASSWORD"));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(sp => new NpgsqlDataSourceBuilder(sp.GetRequiredService<IOptions<AlternativesOptions>>().Value.Postgres).Build());
        builder.Services.AddSingleton<BenchDatabase>();
        builder.Services.AddSingleton<MemoryIdentity>();
        builder.Services.AddSingleton<MobileApi>();
        builder.Services.AddSingleton<IPurchaseStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AlternativesOptions>>().Value;
            var database = sp.GetRequiredService<BenchDatabase>();
            var clock = sp.GetRequiredService<TimeProvider>();
            return options.Store == StoreKind.Redis
                ? new CachePurchaseStore(database, ConnectionMultiplexer.Connect(options.Redis), clock)
                : new RelationalPurchaseStore(database, clock);
        });

        var app = builder.Build();
        var settings = app.Services.GetRequiredService<IOptions<AlternativesOptions>>().Value;
        await app.Services.GetRequiredService<BenchDatabase>().EnsureSchemaAsync(settings.Reset, CancellationToken.None);
        var store = app.Services.GetRequiredService<IPurchaseStore>(); // connects to Redis now, so a missing server fails at start
        app.Logger.LogWarning("Seckill alternative {Store} ready (tables {Tables})", store.Kind, settings.Reset ? "reset" : "kept");
        app.MapYaf();
        app.MapAdmin();
        await app.RunAsync();
    }
}
