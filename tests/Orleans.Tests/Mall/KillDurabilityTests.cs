using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Xunit.Abstractions;
using Orleans.Grains.Identity;
using Orleans.Grains.Mall;
using Orleans.Grains.Security;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>Invariant 5 of issue 5: an order acknowledged to a client survives <c>kill -9</c> of the host, and after a
/// restart stock, quota, sold counters, wallets and order lists agree. The host runs as its own process on SQLite.</summary>
public sealed class KillDurabilityTests(ITestOutputHelper output)
{
    private const int Users = 40;
    private const int TokensPerUser = 10;
    private const int Gold = 1000;
    private const int Price = 7;
    private const int Stock = 1000;
    private const int Quota = 300;
    private const long SaleId = 77;
    private const long GoodsId = 70;

    [Fact]
    public async Task Acknowledged_flash_sale_orders_survive_kill_minus_nine_and_the_books_agree()
    {
        var options = new TestClusterOptions
        {
            Provider = StorageProviderKind.Sqlite,
            ConfigureServices = s => s.Configure<PasswordHashOptions>(o => o.Iterations = 1000),
        };
        var users = await SeedAsync(options);

        var acknowledged = new ConcurrentBag<string>();
        await using (var host = await ApiHostProcess.StartAsync(options.DataDirectory))
        {
            using var http = new HttpClient { BaseAddress = host.Address };
            var buying = users.Select(u => Task.Run(async () =>
            {
                var client = new YafClient(http);
                foreach (var token in u.Tokens)
                {
                    try
                    {
                        var reply = await client.CallAsync("seckill.buy", new { token = u.Session, seckill_id = SaleId, quantity = 1, address_id = u.AddressId, request_token = token });
                        if (reply.Code == 200)
                        {
                            acknowledged.Add(reply.Str("order_sn"));
                        }
                    }
                    catch (HttpRequestException)
                    {
                        return; // the host died under us: this answer never reached the client
                    }
                }
            })).ToList();

            // Kill while buys are in flight: after some answers, before all of them.
            var deadline = DateTime.UtcNow.AddSeconds(30);
            while (acknowledged.Count < 60 && DateTime.UtcNow < deadline && buying.Any(b => !b.IsCompleted))
            {
                await Task.Delay(5);
            }

            await host.KillAsync();
            await Task.WhenAll(buying);
        }

        Assert.NotEmpty(acknowledged);
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Provider = options.Provider;
            o.DataDirectory = options.DataDirectory;
        });
        var grains = cluster.GrainFactory;

        // The sale's activation reconciles its ledger with the durable orders (finishing or undoing interrupted buys).
        var sale = await grains.GetGrain<IFlashSaleGrain>(SaleId).Get();
        foreach (var orderSn in acknowledged)
        {
            var order = await grains.GetGrain<IOrderGrain>(orderSn).Get();
            Assert.NotNull(order);
            Assert.Equal(OrderStatus.Paid, order.Status);
        }

        var soldToUsers = 0;
        foreach (var user in users)
        {
            var orders = await Task.WhenAll((await grains.GetGrain<IUserOrdersGrain>(user.UserId).OrderSnsAsync())
                .Select(sn => grains.GetGrain<IOrderGrain>(sn).Get()));
            var live = orders.Where(o => o is { Status: not OrderStatus.Closed, SeckillId: SaleId }).ToList();
            soldToUsers += live.Sum(o => o!.Lines.Sum(l => l.Quantity));
            Assert.Equal(Gold - live.Sum(o => o!.TotalPrice), await grains.GetGrain<IWalletGrain>(user.UserId).GetBalance());
        }

        output.WriteLine($"acknowledged {acknowledged.Count}, durable sold {sale!.Sold} of {Users * TokensPerUser} attempted");
        Assert.True(sale.Sold >= acknowledged.Count, $"sold {sale.Sold} < acknowledged {acknowledged.Count}");
        Assert.Equal(soldToUsers, sale.Sold);
        Assert.Equal(sale.Sold, sale.Orders);
        Assert.Equal(Quota - sale.Sold, sale.Remaining);
        Assert.Equal(Stock - Quota, (await grains.GetGrain<IProductStockGrain>(GoodsId * 10).Get()).Available);
    }

    private static async Task<List<(long UserId, string Session, long AddressId, IReadOnlyList<string> Tokens)>> SeedAsync(TestClusterOptions options)
    {
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Provider = options.Provider;
            o.DataDirectory = options.DataDirectory;
            o.ConfigureServices = options.ConfigureServices;
        });
        var grains = cluster.GrainFactory;
        var seed = new MallSeed(grains);
        var productId = await seed.GoodsAsync(GoodsId, Stock, Price);
        await seed.SaleAsync(SaleId, productId, Quota, Price, limitPerUser: 0, DateTimeOffset.UtcNow);
        return [.. await Task.WhenAll(Enumerable.Range(0, Users).Select(async i =>
        {
            var registered = await grains.GetGrain<IMobileIndexGrain>($"1390000{i:D4}").Register("secret_123");
            var session = await grains.GetGrain<IUserGrain>(registered.UserId).Login(SessionSlot.App);
            var address = await grains.GetGrain<IAddressBookGrain>(registered.UserId).Add(MallSeed.Address);
            await seed.GoldAsync(registered.UserId, Gold);
            return (registered.UserId, session!.Token, address!.AddressId, await seed.TokensAsync(registered.UserId, TokensPerUser));
        }))];
    }
}
