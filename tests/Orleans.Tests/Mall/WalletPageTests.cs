using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Runtime;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>A wallet keeps its newest changes in its own row and seals full pages into page grains: lists page
/// across both, every reference is applied once even when it lies in a sealed page, and all of it survives a restart.</summary>
public sealed class WalletPageTests
{
    private const int PageSize = 3;

    [Fact]
    public async Task Changes_are_sealed_in_pages_listed_newest_first_and_applied_once_across_a_restart()
    {
        var directory = Path.Combine(Path.GetTempPath(), "orleans-tests", Guid.NewGuid().ToString("N"));
        await using var cluster = await StartAsync(directory);
        var wallet = cluster.GrainFactory.GetGrain<IWalletGrain>(7);
        await wallet.Credit("c0", 100, "bonus", null);
        for (var i = 1; i <= 10; i++)
        {
            Assert.True((await wallet.Debit($"SN{i}", 1, "buy", $"SN{i}")).Applied);
        }

        string[] expected = [.. Enumerable.Range(1, 10).Reverse().Select(i => $"SN{i}"), "c0"];
        await AssertListsAsync(wallet, expected);
        Assert.Equal(90, await wallet.GetBalance());

        await using var restarted = await cluster.RestartAsync();
        wallet = restarted.GrainFactory.GetGrain<IWalletGrain>(7);
        await AssertListsAsync(wallet, expected);
        Assert.Equal(90, await wallet.GetBalance());

        // SN1 and c0 lie in the first sealed page: repeating them changes nothing.
        Assert.Equal(new WalletResult(true, 90), await wallet.Debit("SN1", 1, "buy", "SN1"));
        Assert.Equal(new WalletResult(true, 90), await wallet.Credit("c0", 100, "bonus", null));

        // A refund finds its debit in a sealed page, and is itself applied once.
        Assert.Equal(new WalletResult(true, 91), await wallet.Refund("SN2", "closed"));
        Assert.Equal(new WalletResult(true, 91), await wallet.Refund("SN2", "closed"));
        Assert.Equal(new WalletResult(false, 91), await wallet.Refund("SN404", "closed"));
        await AssertListsAsync(wallet, ["refund:SN2", .. expected]);

        // Pages read by the wallet do not stay in memory: the wallet keeps what it read.
        var catalog = (Catalog)restarted.Services.GetService(typeof(Catalog))!;
        for (var wait = 0; wait < 50 && catalog.ActivationKeys("walletpage", 10).Count > 0; wait++)
        {
            await Task.Delay(100);
        }

        Assert.Empty(catalog.ActivationKeys("walletpage", 10));
        Assert.Equal(91, await wallet.GetBalance());

        // The wallet's own row never carries more than a page of changes; the rest are pages of their own.
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "grains.db")};Mode=ReadOnly");
        await connection.OpenAsync();
        await using var pages = connection.CreateCommand();
        pages.CommandText = "SELECT count(*) FROM grain_state WHERE grain_type = 'walletpage'";
        Assert.Equal(3L, await pages.ExecuteScalarAsync()); // 12 changes, 3 per page: three sealed, the newest three in the row
    }

    [Fact]
    public async Task A_sealed_page_accepts_the_same_changes_again_but_never_others()
    {
        await using var cluster = await StartAsync(Path.Combine(Path.GetTempPath(), "orleans-tests", Guid.NewGuid().ToString("N")));
        var page = cluster.GrainFactory.GetGrain<IWalletPageGrain>("9:0");
        var at = DateTimeOffset.UtcNow;
        WalletEntry[] entries = [new("a", 5, 5, "x", null, at), new("b", -1, 4, "y", "b", at)];

        await page.Save(entries);
        await page.Save(entries); // a wallet that crashed between sealing and recording it seals again
        await Assert.ThrowsAsync<InconsistentStateException>(() => page.Save([entries[0], new("c", -1, 4, "z", "c", at)]));
        Assert.Equal(["a", "b"], (await page.Load()).Select(e => e.Reference));
    }

    private static Task<TestCluster> StartAsync(string directory) => TestCluster.StartAsync(o =>
    {
        o.Provider = StorageProviderKind.Sqlite;
        o.DataDirectory = directory;
        o.ConfigureServices = services => services.Configure<MallOptions>(m => m.WalletPageSize = PageSize);
    });

    /// <summary>Every page size from 1 to past the end, every page of it, against the expected newest-first order.</summary>
    private static async Task AssertListsAsync(IWalletGrain wallet, IReadOnlyList<string> newestFirst)
    {
        for (var size = 1; size <= newestFirst.Count + 1; size++)
        {
            for (var page = 1; page <= (newestFirst.Count / size) + 2; page++)
            {
                var listed = await wallet.List(page, size);
                Assert.Equal(newestFirst.Count, listed.Total);
                Assert.Equal(newestFirst.Skip((page - 1) * size).Take(size), listed.Entries.Select(e => e.Reference));
            }
        }
    }
}
