using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Orleans.Grains.Mall;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>The user's order desk row is rewritten with every mall submission, so it keeps only what can still matter:
/// the newest submissions' request tokens (a retry answers its order; an older token is simply spent) and the lines of
/// orders that may still close (a done order's quantities count for good).</summary>
public sealed class UserOrdersRowTests
{
    [Fact]
    public async Task Only_the_newest_tokens_and_the_lines_of_orders_that_can_still_close_are_kept()
    {
        var directory = Path.Combine(Path.GetTempPath(), "orleans-tests", Guid.NewGuid().ToString("N"));
        await using var cluster = await TestCluster.StartAsync(o =>
        {
            o.Provider = StorageProviderKind.Sqlite;
            o.DataDirectory = directory;
            o.ConfigureServices = services => services.Configure<MallOptions>(m => m.SubmissionTokensKept = 2);
        });
        var seed = new MallSeed(cluster.GrainFactory);
        var productId = await seed.GoodsAsync(71, stock: 10, price: 10, limitCount: 5);
        await seed.GoldAsync(81, 100);
        var desk = cluster.GrainFactory.GetGrain<IUserOrdersGrain>(81);
        var submissions = new List<OrderSubmission>();
        var orderSns = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            submissions.Add(new OrderSubmission([new OrderRequestLine(71, productId, 1)], MallSeed.Address, await seed.TokenAsync(81)));
            orderSns.Add((await desk.Submit(submissions[i])).OrderSn!);
        }

        Assert.Equal(orderSns[2], (await desk.Submit(submissions[2])).OrderSn); // a retry of a recent request
        Assert.Equal(OrderSubmitOutcome.InvalidToken, (await desk.Submit(submissions[0])).Outcome); // forgotten, and spent
        Assert.Equal(70, await cluster.GrainFactory.GetGrain<IWalletGrain>(81).GetBalance());

        var first = cluster.GrainFactory.GetGrain<IOrderGrain>(orderSns[0]);
        Assert.Equal(OrderActionResult.Ok, await first.Ship("顺丰"));
        Assert.Equal(OrderActionResult.Ok, await first.Confirm(81));
        Assert.DoesNotContain(orderSns[0], await RowAsync(directory));
        Assert.Contains(orderSns[1], await RowAsync(directory));

        // The done order still counts toward the goods' limit of 5: two more fit, a third does not.
        var more = new OrderSubmission([new OrderRequestLine(71, productId, 3)], MallSeed.Address, await seed.TokenAsync(81));
        Assert.Equal(OrderSubmitOutcome.LimitReached, (await desk.Submit(more)).Outcome);
    }

    private static async Task<string> RowAsync(string directory)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(directory, "grains.db")};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_type = 'userorders' AND grain_id = '81'";
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
