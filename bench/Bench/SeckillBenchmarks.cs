using System.Diagnostics;
using Orleans.Grains.Identity;
using Orleans.Grains.Mall;

namespace Orleans.Bench;

/// <summary>The flash-sale path without HTTP: `--buyers` concurrent buyers (one user each, as the load generator's
/// connections) call FlashSaleGrain.Buy on one sale of a product with SQLite storage and group commit, as the product
/// hosts it. Every counted order is durable and acknowledged (Buy answers after the order and the charge are written).
/// Each repetition runs on a fresh silo and data folder after an untimed warm-up, so that what it measures is the
/// grains and storage, not the JIT; tokens are fetched five at a time like the load generator does.</summary>
internal static class SeckillBenchmarks
{
    private const long GoodsId = 1;
    private const long ProductId = 10;
    private const long SaleId = 1;

    public static async Task<IReadOnlyList<Measurement>> RunAsync(BenchOptions options)
    {
        var orders = new Measurement($"seckill.sqlite.orders ({options.Buyers} buyers)", "orders/s");
        var p50 = new Measurement($"seckill.sqlite.buy-p50 ({options.Buyers} buyers)", "ms");
        var p99 = new Measurement($"seckill.sqlite.buy-p99 ({options.Buyers} buyers)", "ms");
        for (var rep = 0; rep < options.Repetitions; rep++)
        {
            var (rate, latencies) = await MeasureAsync(options);
            orders.Add(rate);
            p50.Add(Percentile(latencies, 0.50));
            p99.Add(Percentile(latencies, 0.99));
        }

        return [orders, p50, p99];
    }

    private static async Task<(double Rate, List<double> Latencies)> MeasureAsync(BenchOptions options)
    {
        var dataDirectory = Path.Combine(Path.GetTempPath(), "orleans-bench", Guid.NewGuid().ToString("N"));
        var host = await BenchSilo.StartAsync(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Sqlite",
            ["DataDirectory"] = dataDirectory,
        });
        try
        {
            var grains = BenchSilo.Factory(host);
            await SeedAsync(grains, options.Buyers);
            using (var warmUp = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds)))
            {
                await Task.WhenAll(Enumerable.Range(1, options.Buyers).Select(user => BuyLoopAsync(grains, user, [], warmUp.Token)));
            }

            var latencies = Enumerable.Range(0, options.Buyers).Select(_ => new List<double>()).ToArray();
            var clock = Stopwatch.StartNew();
            using (var timed = new CancellationTokenSource(TimeSpan.FromSeconds(options.Seconds)))
            {
                await Task.WhenAll(Enumerable.Range(1, options.Buyers).Select(user => BuyLoopAsync(grains, user, latencies[user - 1], timed.Token)));
            }

            var all = latencies.SelectMany(l => l).ToList();
            return (all.Count / clock.Elapsed.TotalSeconds, all);
        }
        finally
        {
            await BenchSilo.StopAsync(host);
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task SeedAsync(IGrainFactory grains, int buyers)
    {
        const int units = 10_000_000;
        await grains.GetGrain<IGoodsGrain>(GoodsId).Save(new GoodsInfo(
            GoodsId, "秒杀商品", 1, true, 0, "/img/1.png", ["/img/1.png"], "bench",
            [new ProductInfo(ProductId, string.Empty, "SKU10", 2, 1, true)]));
        await grains.GetGrain<IProductStockGrain>(ProductId).Adjust(units, "bench");
        var now = DateTimeOffset.UtcNow;
        var created = await grains.GetGrain<IFlashSaleGrain>(SaleId).Create(new FlashSaleDefinition(ProductId, units, 1, now.AddMinutes(-1), now.AddHours(1), 0));
        if (created != FlashSaleChange.Ok)
        {
            throw new InvalidOperationException($"Creating the sale answered {created}.");
        }

        await Task.WhenAll(Enumerable.Range(1, buyers).Select(user =>
            grains.GetGrain<IWalletGrain>(user).Credit("bench", 1_000_000, "bench", null)));
    }

    /// <summary>Buys one unit at a time until cancelled, recording each successful Buy's latency in ms.</summary>
    private static async Task BuyLoopAsync(IGrainFactory grains, long user, List<double> latencies, CancellationToken cancellationToken)
    {
        var address = new AddressInput("张三", "18575202691", "广东省", "深圳市", "南山区", "粤海街道", "科技园 1 号");
        var tokens = new Queue<string>();
        while (!cancellationToken.IsCancellationRequested)
        {
            if (tokens.Count == 0)
            {
                foreach (var token in await grains.GetGrain<IRequestTokenGrain>(user).Issue(5))
                {
                    tokens.Enqueue(token);
                }
            }

            var started = Stopwatch.GetTimestamp();
            var result = await grains.GetGrain<IFlashSaleGrain>(SaleId).Buy(new FlashSaleBuy(user, 1, tokens.Dequeue(), address));
            if (result.Outcome != FlashSaleOutcome.Ok)
            {
                throw new InvalidOperationException($"Buy answered {result.Outcome}.");
            }

            latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private static double Percentile(List<double> values, double quantile)
    {
        values.Sort();
        return values.Count == 0 ? double.NaN : values[Math.Min(values.Count - 1, (int)(quantile * values.Count))];
    }
}
