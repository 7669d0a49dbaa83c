using Orleans.Tests.Mall;
using Orleans.Tests.TestKit;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tests.LoadTest;

/// <summary>The load generator against the real host in process: users sign up through the sandbox SMS outbox, an
/// admin credits gold and creates the sale, buyers sell it out, and the invariant check passes.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task A_small_seckill_run_against_the_real_host_sells_out_and_the_books_balance()
    {
        await using var host = new MallHttpHost();
        var productId = await host.Seed.GoodsAsync(1, stock: 100, price: 10);
        var options = OptionsParser.Parse(
            [
                "--url", "http://localhost/", "--admin-password", AdminClient.BootstrapPassword, "--product-id", productId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--users", "40", "--connections", "16", "--quota", "30", "--limit-per-user", "1", "--duration", "30s", "--price", "10",
            ],
            _ => null);
        using var output = new StringWriter();

        var exitCode = await LoadTestRunner.RunAsync(options, host.CreateHandler(), output, CancellationToken.None);

        Assert.True(exitCode == ExitCodes.Ok, output.ToString());
        Assert.Contains("invariants: all hold", output.ToString(), StringComparison.Ordinal);
        var admin = await host.AdminAsync();
        var sale = (await admin.GetAsync("/v1/seckills")).First;
        Assert.Equal((30, 0), (sale.GetProperty("sold").GetInt32(), sale.GetProperty("remaining").GetInt32()));
        Assert.Equal(30, (await admin.GetAsync($"/v1/orders?seckill_id={sale.GetProperty("id").GetInt64()}")).Count);
    }
}
