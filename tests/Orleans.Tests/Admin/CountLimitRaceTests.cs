using Microsoft.Extensions.DependencyInjection;
using Orleans.Grains.Admin;
using Orleans.Grains.Gateway;
using Orleans.Tests.TestKit;
using ApiHost.Admin.AppIds;
using ApiHost.Admin.Users;

namespace Orleans.Tests.Admin;

/// <summary>The count limits on appids and admin accounts hold when creates race: the directory checks and lists a
/// name in one turn, so of many creates for the last places exactly that many succeed and the rest answer 409.</summary>
public sealed class CountLimitRaceTests
{
    [Fact]
    public async Task Racing_app_creates_for_the_last_places_fill_them_exactly()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        var directory = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAppDirectoryGrain>("default");
        var listed = (await directory.List()).Count;
        await Task.WhenAll(Enumerable.Range(0, AppAdminService.MaxApps - listed - 3).Select(i => directory.Add($"filler_{i}")));

        var racing = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => admin.PostAsync("/v1/apps", new { appid = $"racer_{i}", kind = "app" })));

        Assert.Equal(3, racing.Count(r => r.HttpStatus == 200));
        Assert.All(racing.Where(r => r.HttpStatus != 200), r => Assert.Equal(409, r.HttpStatus));
        Assert.Equal(AppAdminService.MaxApps, (await directory.List()).Count);
    }

    [Fact]
    public async Task Racing_admin_account_creates_for_the_last_places_fill_them_exactly()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        var directory = factory.Services.GetRequiredService<IGrainFactory>().GetGrain<IAdminDirectoryGrain>("default");
        var listed = (await directory.List()).Count;
        await Task.WhenAll(Enumerable.Range(0, AdminUserService.MaxAccounts - listed - 2).Select(i => directory.Add($"filler{i}")));

        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            admin.PostAsync("/v1/admin-users", new { username = $"racer{i}", password = "racer-pass-01", role = "operator" })));

        Assert.Equal(2, racing.Count(r => r.HttpStatus == 200));
        Assert.All(racing.Where(r => r.HttpStatus != 200), r => Assert.Equal(409, r.HttpStatus));
        Assert.Equal(AdminUserService.MaxAccounts, (await directory.List()).Count);
        Assert.Equal(2, (await admin.GetAsync("/v1/admin-users")).Data!.Value.EnumerateArray().Count(u => u.GetProperty("username").GetString()!.StartsWith("racer", StringComparison.Ordinal)));
    }
}
