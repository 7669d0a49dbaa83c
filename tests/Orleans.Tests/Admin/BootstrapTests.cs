using System.Text.RegularExpressions;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class BootstrapTests
{
    [Fact]
    public async Task The_bootstrap_admin_gets_the_password_from_ADMIN_PASSWORD_and_it_is_not_logged()
    {
        var logs = new LogCapture();
        await using var host = AdminHosts.Create();
        await using var factory = host.WithLogs(logs);

        var login = await new AdminClient(factory.CreateClient()).LoginAsync("admin", AdminClient.BootstrapPassword);

        Assert.Equal(200, login.HttpStatus);
        Assert.Contains(logs.Messages, m => m.Contains("bootstrap admin", StringComparison.Ordinal));
        Assert.DoesNotContain(logs.Messages, m => m.Contains(AdminClient.BootstrapPassword, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Admin_Password_configuration_key_works_too()
    {
        await using var factory = new ApiHostFactory(new() { ["Storage:Provider"] = "Memory", ["Admin:Password"] = "from-section-1" });

        var login = await new AdminClient(factory.CreateClient()).LoginAsync("admin", "from-section-1");

        Assert.Equal(200, login.HttpStatus);
    }

    [Fact]
    public async Task Without_a_password_one_is_generated_and_logged_once_and_restarts_keep_it()
    {
        var folder = Path.Combine(Path.GetTempPath(), "orleans-apihost-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["DataDirectory"] = folder, ["ADMIN_PASSWORD"] = string.Empty };
        var firstLogs = new LogCapture();
        string password;
        await using (var host = new ApiHostFactory(settings))
        await using (var factory = host.WithLogs(firstLogs))
        {
            factory.CreateClient().Dispose();
            var lines = firstLogs.Messages.Where(m => m.Contains("generated password", StringComparison.Ordinal)).ToList();
            var line = Assert.Single(lines);
            password = Regex.Match(line, "generated password (\\S+)").Groups[1].Value;
            Assert.True(password.Length >= 16, line);
            Assert.Equal(200, (await new AdminClient(factory.CreateClient()).LoginAsync("admin", password)).HttpStatus);
        }

        var secondLogs = new LogCapture();
        await using var secondHost = new ApiHostFactory(settings);
        await using var second = secondHost.WithLogs(secondLogs);
        var again = await new AdminClient(second.CreateClient()).LoginAsync("admin", password);

        Assert.Equal(200, again.HttpStatus);
        Assert.DoesNotContain(secondLogs.Messages, m => m.Contains(password, StringComparison.Ordinal));
        Assert.DoesNotContain(secondLogs.Messages, m => m.Contains("bootstrap admin", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_password_survives_a_restart_with_ADMIN_PASSWORD_still_set()
    {
        var folder = Path.Combine(Path.GetTempPath(), "orleans-apihost-tests", Guid.NewGuid().ToString("N"));
        var settings = new Dictionary<string, string?> { ["Storage:Provider"] = "Sqlite", ["DataDirectory"] = folder };
        await using (var first = AdminHosts.Create(settings))
        {
            var admin = await AdminClient.SignInAsync(first.CreateClient());
            Assert.Equal(200, (await admin.PutAsync("/v1/admin-users/admin", new { password = "changed-pass-1" })).HttpStatus);
        }

        await using var second = AdminHosts.Create(settings);
        var client = new AdminClient(second.CreateClient());

        Assert.Equal(401, (await client.LoginAsync("admin", AdminClient.BootstrapPassword)).HttpStatus);
        Assert.Equal(200, (await client.LoginAsync("admin", "changed-pass-1")).HttpStatus);
    }

    [Fact]
    public async Task A_configured_password_shorter_than_8_characters_stops_the_start()
    {
        await using var factory = new ApiHostFactory(new() { ["Storage:Provider"] = "Memory", ["ADMIN_PASSWORD"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ADMIN_PASSWORD", error.ToString());
    }
}
