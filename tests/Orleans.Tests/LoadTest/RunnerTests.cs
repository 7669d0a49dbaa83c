using System.Text.Json;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tests.LoadTest;

/// <summary>The runner end to end over <see cref="FakeShopHandler"/>: exit codes, one-line errors, the report.</summary>
public sealed class RunnerTests
{
    private static LoadTestOptions Options(params string[] args) =>
        OptionsParser.Parse(["--url", "http://shop.test", "--admin-password", FakeShopHandler.AdminPassword, .. args], _ => null);

    private static async Task<(int ExitCode, string Output)> RunAsync(LoadTestOptions options, HttpMessageHandler handler)
    {
        using var output = new StringWriter();
        var exitCode = await LoadTestRunner.RunAsync(options, handler, output, CancellationToken.None);
        return (exitCode, output.ToString());
    }

    [Fact]
    public async Task A_seckill_run_sells_out_stops_and_finds_the_books_balanced()
    {
        var shop = new FakeShopHandler();
        var json = Path.Combine(Path.GetTempPath(), $"loadtest-{Guid.NewGuid():N}.json");
        var (exitCode, output) = await RunAsync(Options("--users", "30", "--connections", "8", "--quota", "20", "--limit-per-user", "1", "--duration", "20s", "--json", json), shop);

        Assert.True(exitCode == ExitCodes.Ok, output);
        Assert.Equal(20, shop.Sold);
        Assert.Contains("stopped by sold out", output, StringComparison.Ordinal);
        Assert.Contains("invariants: all hold", output, StringComparison.Ordinal);
        Assert.Matches(@"seckill\.buy\s+20\s+200\s+抢购成功", output);

        using var report = JsonDocument.Parse(await File.ReadAllTextAsync(json));
        File.Delete(json);
        var root = report.RootElement;
        Assert.Equal("seckill", root.GetProperty("scenario").GetString());
        Assert.Equal(0, root.GetProperty("exit_code").GetInt32());
        Assert.True(root.GetProperty("invariants").GetProperty("passed").GetBoolean());
        var buy = root.GetProperty("methods").EnumerateArray().Single(m => m.GetProperty("method").GetString() == "seckill.buy");
        var answers = buy.GetProperty("answers").EnumerateArray().ToDictionary(a => a.GetProperty("msg").GetString()!, a => a.GetProperty("count").GetInt64());
        Assert.Equal(20, answers["抢购成功"]);
        Assert.True(buy.GetProperty("latency_ms").GetProperty("p99").GetDouble() >= buy.GetProperty("latency_ms").GetProperty("p50").GetDouble());
        Assert.Equal(30, root.GetProperty("prepare").GetProperty("users_ready").GetInt32());
    }

    [Fact]
    public async Task An_oversell_is_an_invariant_failure_with_exit_code_1()
    {
        var shop = new FakeShopHandler { IgnoreQuota = true };
        var (exitCode, output) = await RunAsync(Options("--users", "10", "--connections", "4", "--quota", "3", "--requests", "40"), shop);
        Assert.True(exitCode == ExitCodes.InvariantFailed, output);
        Assert.Contains("invariants: VIOLATED", output, StringComparison.Ordinal);
        Assert.Contains("FAIL no oversell", output, StringComparison.Ordinal);
        Assert.Contains("FAIL per-user limit", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_acknowledged_order_missing_from_the_list_fails_the_run()
    {
        var shop = new FakeShopHandler { LoseOrders = true };
        var (exitCode, output) = await RunAsync(Options("--users", "5", "--connections", "2", "--quota", "5", "--requests", "30"), shop);
        Assert.True(exitCode == ExitCodes.InvariantFailed, output);
        Assert.Contains("FAIL acknowledged orders exist", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_open_loop_sends_at_its_rate_and_stops_at_the_request_budget()
    {
        var shop = new FakeShopHandler();
        var (exitCode, output) = await RunAsync(Options("--scenario", "browse", "--rate", "400", "--requests", "60", "--connections", "4"), shop);
        Assert.True(exitCode == ExitCodes.Ok, output);
        Assert.Contains("stopped by requests", output, StringComparison.Ordinal);
        var browsed = shop.Calls.GetValueOrDefault("system.init") + shop.Calls.GetValueOrDefault("goods.detail") + shop.Calls.GetValueOrDefault("goods.list");
        Assert.Equal(60 + 1, browsed); // 60 iterations and the goods.list of preparation
    }

    [Fact]
    public async Task The_login_scenario_churns_tokens_through_sms_login_and_logout()
    {
        var shop = new FakeShopHandler();
        var (exitCode, output) = await RunAsync(Options("--scenario", "login", "--users", "4", "--connections", "2", "--requests", "12", "--mobile-prefix", "1380000"), shop);
        Assert.True(exitCode == ExitCodes.Ok, output);
        Assert.Equal(12, shop.Calls["user.login"]);
        Assert.Equal(12, shop.Calls["user.logout"]);
        Assert.DoesNotContain(" 700 ", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_run_with_the_same_mobile_prefix_reuses_the_users()
    {
        var shop = new FakeShopHandler();
        var options = Options("--scenario", "login", "--users", "3", "--connections", "2", "--requests", "3", "--mobile-prefix", "1390000");
        Assert.Equal(ExitCodes.Ok, (await RunAsync(options, shop)).ExitCode);
        Assert.Equal(ExitCodes.Ok, (await RunAsync(options, shop)).ExitCode);
        Assert.Equal(3, shop.Calls["user.register"]); // registered once; the second run found them
    }

    [Fact]
    public async Task A_wrong_secret_is_one_clear_line_and_exit_code_2()
    {
        var (exitCode, output) = await RunAsync(Options("--secret", "not-the-secret"), new FakeShopHandler());
        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Equal("error: the host refused our signature (503 API signature error): --secret is not the secret of appid 'ios_app_id'", output.Trim());
    }

    [Fact]
    public async Task An_unreachable_host_is_one_clear_line_and_exit_code_2()
    {
        using var refusing = new RefusingHandler();
        var (exitCode, output) = await RunAsync(Options(), refusing);
        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Equal("error: cannot reach http://shop.test: connection refused", output.Trim());
    }

    [Fact]
    public async Task A_sale_that_does_not_exist_is_one_clear_line_and_exit_code_2()
    {
        var (exitCode, output) = await RunAsync(Options("--seckill-id", "999"), new FakeShopHandler());
        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Equal("error: flash sale 999 not found (503 秒杀活动不存在)", output.Trim());
    }

    [Fact]
    public async Task A_wrong_admin_password_is_one_clear_line_and_exit_code_2()
    {
        var options = Options() with { AdminPassword = "wrong" };
        var (exitCode, output) = await RunAsync(options, new FakeShopHandler());
        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Equal("error: admin API POST /v1/login failed: HTTP 401, errCode 401, 用户名或密码错误", output.Trim());
    }

    [Fact]
    public async Task A_missing_admin_password_is_reported_before_any_work()
    {
        var options = Options() with { AdminPassword = null };
        var (exitCode, output) = await RunAsync(options, new FakeShopHandler());
        Assert.Equal(ExitCodes.BadConfiguration, exitCode);
        Assert.Contains("pass --admin-password or set ADMIN_PASSWORD", output, StringComparison.Ordinal);
    }
}
