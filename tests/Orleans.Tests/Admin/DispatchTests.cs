using System.Net.Http.Json;
using System.Text.Json;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class DispatchTests
{
    [Fact]
    public async Task Dispatch_runs_a_real_mobile_method_through_the_gateway()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var noToken = await PostAsync(admin, "/v1/dispatch/gold.balance/1.0.0", new { });
        var badToken = await PostAsync(admin, "/v1/dispatch/gold.balance/1.0.0", new { token = "00000000000000000000000000000000ff" });
        var unknown = await PostAsync(admin, "/v1/dispatch/no.such.method/1.0.0", new { });
        var emptyBody = await PostAsync(admin, "/v1/dispatch/gold.balance/1.0.0", null);

        Assert.Equal(602, noToken.GetProperty("code").GetInt32());
        Assert.False(noToken.TryGetProperty("data", out _));
        Assert.Equal(601, badToken.GetProperty("code").GetInt32());
        Assert.Equal(509, unknown.GetProperty("code").GetInt32());
        Assert.Equal(602, emptyBody.GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task Dispatch_signs_with_the_chosen_appid_and_its_checks_apply()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        await admin.PutAsync("/v1/apps/android_app_id", new { enabled = false });

        var android = await PostAsync(admin, "/v1/dispatch/gold.balance/1.0.0?appid=android_app_id", new { });
        var adminApp = await PostAsync(admin, "/v1/dispatch/gold.balance/1.0.0?appid=admin_app_id", new { });
        var unknownApp = await admin.PostAsync("/v1/dispatch/gold.balance/1.0.0?appid=nobody_app_id", new { });

        Assert.Equal(503, android.GetProperty("code").GetInt32());
        Assert.Equal(602, adminApp.GetProperty("code").GetInt32());
        Assert.Equal((404, 4040), (unknownApp.HttpStatus, unknownApp.ErrCode));
    }

    [Fact]
    public async Task Dispatch_needs_a_full_admin_and_a_json_object()
    {
        await using var factory = AdminHosts.Create();
        var anonymous = new AdminClient(factory.CreateClient());
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var unauthenticated = await anonymous.PostAsync("/v1/dispatch/gold.balance/1.0.0", new { });
        var array = await admin.SendRawAsync(HttpMethod.Post, "/v1/dispatch/gold.balance/1.0.0", "[1]");
        var broken = await admin.SendRawAsync(HttpMethod.Post, "/v1/dispatch/gold.balance/1.0.0", "{\"token\":");

        Assert.Equal((401, 4010), (unauthenticated.HttpStatus, unauthenticated.ErrCode));
        Assert.Equal((400, 4000), (array.HttpStatus, array.ErrCode));
        Assert.Equal((400, 4000), (broken.HttpStatus, broken.ErrCode));
    }

    private static async Task<JsonElement> PostAsync(AdminClient admin, string path, object? body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Auth-Token", admin.Token);
        using var response = await admin.Http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.Clone();
    }
}
