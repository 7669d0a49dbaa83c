using Orleans.Tools.LoadTest.Options;

namespace Orleans.Tests.LoadTest;

public sealed class OptionsParserTests
{
    private static LoadTestOptions Parse(params string[] args) => OptionsParser.Parse(args, _ => null);

    private static string Error(params string[] args) => Assert.Throws<OptionsException>(() => Parse(args)).Message;

    [Fact]
    public void Defaults_are_the_development_appid_a_closed_loop_seckill_and_fresh_users()
    {
        var options = Parse();
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), options.Url);
        Assert.Equal("ios_app_id", options.AppId);
        Assert.Equal("7512100214f62d7de8ba01b281d6da02", options.Secret);
        Assert.Equal(Scenario.Seckill, options.Scenario);
        Assert.False(options.OpenLoop);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Duration);
        Assert.Equal("admin", options.AdminUser);
        Assert.Null(options.AdminPassword);
        Assert.False(options.MobilePrefixGiven);
        Assert.StartsWith("199", options.MobilePrefix, StringComparison.Ordinal);
        Assert.Equal(7, options.MobilePrefix.Length);
    }

    [Fact]
    public void Every_option_is_read_in_both_spellings()
    {
        var options = Parse(
            "--url", "http://10.0.0.1:8080/api", "--appid=android_app_id", "--secret", "s", "--scenario", "browse", "--users", "50",
            "--connections=8", "--duration", "2m", "--rate", "250.5", "--requests", "900", "--quota", "10", "--limit-per-user", "3",
            "--price", "7", "--quantity", "2", "--seckill-id", "42", "--product-id", "33", "--keep-going", "--json", "out.json",
            "--admin-user", "root", "--admin-password", "pw", "--mobile-prefix", "1380000", "--timeout", "500ms");
        Assert.Equal(new Uri("http://10.0.0.1:8080/api/"), options.Url);
        Assert.Equal("android_app_id", options.AppId);
        Assert.Equal("s", options.Secret);
        Assert.Equal(Scenario.Browse, options.Scenario);
        Assert.Equal(50, options.Users);
        Assert.Equal(8, options.Connections);
        Assert.Equal(TimeSpan.FromMinutes(2), options.Duration);
        Assert.Equal(250.5, options.Rate);
        Assert.True(options.OpenLoop);
        Assert.Equal(900, options.Requests);
        Assert.Equal((10, 3, 7, 2), (options.Quota, options.LimitPerUser, options.Price, options.Quantity));
        Assert.Equal(42, options.SeckillId);
        Assert.Equal(33, options.ProductId);
        Assert.True(options.KeepGoing);
        Assert.Equal("out.json", options.JsonPath);
        Assert.Equal(("root", "pw"), (options.AdminUser, options.AdminPassword));
        Assert.True(options.MobilePrefixGiven);
        Assert.Equal("13800000049", options.Mobile(49));
        Assert.Equal(TimeSpan.FromMilliseconds(500), options.Timeout);
    }

    [Fact]
    public void The_admin_password_comes_from_ADMIN_PASSWORD_unless_given()
    {
        var environment = new Dictionary<string, string?> { ["ADMIN_PASSWORD"] = "from-env" };
        Assert.Equal("from-env", OptionsParser.Parse([], name => environment.GetValueOrDefault(name)).AdminPassword);
        Assert.Equal("given", OptionsParser.Parse(["--admin-password", "given"], name => environment.GetValueOrDefault(name)).AdminPassword);
    }

    [Theory]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1.5m", 90_000)]
    [InlineData("1h", 3_600_000)]
    [InlineData("500ms", 500)]
    [InlineData("45", 45_000)]
    [InlineData("10S", 10_000)]
    public void Durations_are_read_with_their_unit(string text, long milliseconds)
    {
        Assert.True(DurationParser.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("s")]
    [InlineData("-5s")]
    [InlineData("5 s")]
    [InlineData("5d")]
    [InlineData("1e3s")]
    [InlineData("thirty")]
    public void Malformed_durations_are_refused(string text)
    {
        Assert.False(DurationParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("--duration 0s", "--duration '0s' is not a duration from 1s to 24h")]
    [InlineData("--duration 2d", "--duration '2d' is not a duration")]
    [InlineData("--users 0", "--users '0' is not a whole number from 1 to 1,000,000")]
    [InlineData("--users -3", "--users '-3' is not a whole number")]
    [InlineData("--connections many", "--connections 'many' is not a whole number")]
    [InlineData("--rate 0", "--rate '0' is not a number of requests per second")]
    [InlineData("--price 0", "--price '0' is not a whole number from 1")]
    [InlineData("--seckill-id 0", "--seckill-id '0' is not a positive id")]
    [InlineData("--scenario stress", "--scenario 'stress' is not one of seckill, browse, login")]
    [InlineData("--url ftp://host", "--url 'ftp://host' is not an http:// or https:// address")]
    [InlineData("--url localhost:5000", "is not an http:// or https:// address")]
    [InlineData("--bogus 1", "unknown option --bogus")]
    [InlineData("--users", "--users needs a value")]
    [InlineData("--users 5 --users 6", "--users is given twice")]
    [InlineData("--keep-going=yes", "--keep-going takes no value")]
    [InlineData("stray", "unexpected argument 'stray'")]
    [InlineData("--mobile-prefix 2000", "--mobile-prefix '2000' must be 1 to 10 digits starting with 1")]
    [InlineData("--mobile-prefix 1200", "mobiles start with 13 to 19")]
    [InlineData("--mobile-prefix 13800000000 --users 5", "must be 1 to 10 digits")]
    [InlineData("--mobile-prefix 1380000000 --users 11", "leaves 1 digits, too few for 11 users")]
    [InlineData("--quantity 3 --limit-per-user 2", "--quantity 3 is above --limit-per-user 2")]
    public void Bad_values_are_one_clear_message_naming_the_option(string commandLine, string expected)
    {
        Assert.Contains(expected, Error(commandLine.Split(' ')), StringComparison.Ordinal);
    }

    [Fact]
    public void Help_is_recognised_anywhere_on_the_line()
    {
        Assert.True(OptionsParser.IsHelp(["--users", "5", "--help"]));
        Assert.True(OptionsParser.IsHelp(["-h"]));
        Assert.False(OptionsParser.IsHelp(["--users", "5"]));
        Assert.Contains("--IpGuard:SmsPerDay", HelpText.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_random_prefix_leaves_room_for_every_user()
    {
        Assert.Equal(7, OptionsParser.RandomPrefix(10_000).Length);
        Assert.Equal(6, OptionsParser.RandomPrefix(10_001).Length);
        var many = Parse("--users", "1000000");
        Assert.Equal(11, many.Mobile(999_999).Length);
        Assert.EndsWith("999999", many.Mobile(999_999), StringComparison.Ordinal);
    }
}
