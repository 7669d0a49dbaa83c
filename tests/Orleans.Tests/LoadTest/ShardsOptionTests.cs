using System.Text.Json;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tests.LoadTest;

/// <summary>--shards K: parsed within the admin API's bounds, refused where it cannot apply, and sent as "shards"
/// when the generator creates the sale.</summary>
public sealed class ShardsOptionTests
{
    private static LoadTestOptions Parse(params string[] args) => OptionsParser.Parse(args, _ => null);

    private static string Error(params string[] args) => Assert.Throws<OptionsException>(() => Parse(args)).Message;

    [Fact]
    public void A_sale_is_unsharded_unless_told()
    {
        Assert.Equal(1, Parse().Shards);
    }

    [Theory]
    [InlineData("--shards", "4", 4)]
    [InlineData("--shards=64", null, 64)]
    [InlineData("--shards", "1", 1)]
    public void Shards_are_read_in_both_spellings(string name, string? value, int expected)
    {
        var options = value is null ? Parse(name) : Parse(name, value);
        Assert.Equal(expected, options.Shards);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("65")]
    [InlineData("-2")]
    [InlineData("four")]
    [InlineData("2.5")]
    public void Shards_outside_1_to_64_are_refused_naming_the_option(string value)
    {
        var message = Error("--shards", value);
        Assert.Contains("--shards", message, StringComparison.Ordinal);
        Assert.Contains("1 to 64", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_with_an_existing_sale_are_refused_because_its_K_is_fixed()
    {
        Assert.Contains("--seckill-id", Error("--seckill-id", "5", "--shards", "4"), StringComparison.Ordinal);
        Assert.Equal(5, Parse("--seckill-id", "5").SeckillId);
    }

    [Fact]
    public void The_help_text_names_the_option_and_its_bounds()
    {
        Assert.Contains("--shards K", HelpText.Text, StringComparison.Ordinal);
        Assert.Contains("1 to 64, default 1", HelpText.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Creating_a_sale_posts_its_shard_count_with_the_rest_of_the_definition(int shards)
    {
        using var handler = new RecordingAdminHandler();
        using var http = new HttpClient(handler);
        var admin = new AdminClient(http, new Uri("http://shop.test/"));
        var start = new DateTimeOffset(2026, 12, 1, 2, 0, 0, TimeSpan.Zero);

        var id = await admin.CreateSeckillAsync(33, 1000, 7, start, start.AddMinutes(5), 2, shards, CancellationToken.None);

        Assert.Equal(91, id);
        var (method, path, body) = Assert.Single(handler.Requests);
        Assert.Equal((HttpMethod.Post, "/v1/seckills"), (method, path));
        var sale = JsonDocument.Parse(body).RootElement;
        Assert.Equal(shards, sale.GetProperty("shards").GetInt32());
        Assert.Equal(33, sale.GetProperty("productid").GetInt64());
        Assert.Equal(1000, sale.GetProperty("quota").GetInt32());
        Assert.Equal(7, sale.GetProperty("price").GetInt32());
        Assert.Equal(2, sale.GetProperty("limit_per_user").GetInt32());
        Assert.Equal("2026-12-01 10:00:00", sale.GetProperty("start_time").GetString()); // China time, UTC+8
    }
}
