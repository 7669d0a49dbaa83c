using System.Text.RegularExpressions;
using Orleans.Tests.Mall;

namespace Orleans.Tests.SystemMethods;

/// <summary>system.upload and system.init for a signed-in user, through the whole host with real sign-up.</summary>
public sealed partial class SignedInSystemTests
{
    [Fact]
    public async Task A_signed_in_upload_stores_the_image_and_serves_it_at_its_url()
    {
        await using var host = new MallHttpHost();
        var buyer = await host.BuyerAsync(await host.AdminAsync(), "13600000001", 0);

        var first = await buyer.Client.PostMultipartAsync("system.upload", new { token = buyer.Token }, ("image", "photo.jpg", UploadSamples.Png));
        var second = await buyer.Client.PostMultipartAsync("system.upload", new { token = buyer.Token }, ("image", "x.gif", UploadSamples.Jpeg));
        var html = await buyer.Client.PostMultipartAsync("system.upload", new { token = buyer.Token }, ("image", "page.png", UploadSamples.Html));
        var none = await buyer.Client.PostMultipartAsync("system.upload", new { token = buyer.Token });

        Assert.Equal(200, first.Code);
        var relative = first.Str("relative_image_url");
        Assert.Matches(RelativeUrl(), relative);
        Assert.EndsWith(".png", relative, StringComparison.Ordinal); // by content, not by the name "photo.jpg"
        Assert.Equal("http://localhost" + relative, first.Str("image_url"));
        Assert.EndsWith(".jpg", second.Str("relative_image_url"), StringComparison.Ordinal);
        Assert.True(second.Data!.Value.GetProperty("file_id").GetInt64() > first.Data!.Value.GetProperty("file_id").GetInt64());
        Assert.Equal(503, html.Code);
        Assert.Equal(503, none.Code);
        Assert.Equal(UploadSamples.Png, await host.Http.GetByteArrayAsync(relative));
    }

    [Fact]
    public async Task System_init_reports_a_live_token_as_1_and_a_replaced_one_as_0_without_reviving_it()
    {
        await using var host = new MallHttpHost();
        var buyer = await host.BuyerAsync(await host.AdminAsync(), "13600000002", 0);

        var live = await buyer.Client.CallAsync("system.init", new { token = buyer.Token });
        var relogin = await buyer.Client.CallAsync("user.login", new { mobile = "13600000002", login_type = 2, password = TestKit.TestSessions.DefaultPassword });
        var replaced = await buyer.Client.CallAsync("system.init", new { token = buyer.Token });
        var stillReplaced = await buyer.Client.CallAsync("gold.balance", new { token = buyer.Token });

        Assert.Equal(1, live.Data!.Value.GetProperty("token_status").GetInt32());
        Assert.Equal(200, relogin.Code);
        Assert.Equal(0, replaced.Data!.Value.GetProperty("token_status").GetInt32());
        Assert.Equal(603, stillReplaced.Code);
        var fresh = await buyer.Client.CallAsync("system.init", new { token = relogin.Str("token") });
        Assert.Equal(1, fresh.Data!.Value.GetProperty("token_status").GetInt32());
    }

    [GeneratedRegex(@"^/uploads/\d{8}/[0-9a-f]{32}\.png$")]
    private static partial Regex RelativeUrl();
}
