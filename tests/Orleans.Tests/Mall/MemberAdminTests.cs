using Orleans.Tests.TestKit;

namespace Orleans.Tests.Mall;

/// <summary>Admins find users by mobile and move gold; the wallet never goes negative and a retried credit applies once.</summary>
public sealed class MemberAdminTests
{
    [Fact]
    public async Task Admins_find_a_user_by_mobile_and_credit_gold_once_per_request_id()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();
        var buyer = await host.BuyerAsync(admin, "13700000001", 0);

        var found = await admin.GetAsync("/v1/users?mobile=13700000001");
        var nobody = await admin.GetAsync("/v1/users?mobile=13700000002");
        var credit = new { amount = 30, reason = "活动奖励", request_id = "promo-1" };
        var first = await admin.PostAsync($"/v1/users/{buyer.UserId}/gold", credit);
        var again = await admin.PostAsync($"/v1/users/{buyer.UserId}/gold", credit);
        var tooMuch = await admin.PostAsync($"/v1/users/{buyer.UserId}/gold", new { amount = -31, reason = "扣除" });

        Assert.Equal((1L, buyer.UserId), (found.Count, found.First.GetProperty("userid").GetInt64()));
        Assert.Equal("13700000001", found.First.GetProperty("mobile").GetString());
        Assert.Equal("{\"errCode\":0,\"message\":\"OK\",\"data\":[],\"count\":0}", nobody.Body);
        Assert.Equal((30, 30), (first.First.GetProperty("gold").GetInt32(), again.First.GetProperty("gold").GetInt32()));
        Assert.Equal(409, tooMuch.HttpStatus);
        Assert.Equal(30, await buyer.GoldAsync());
        var changes = await buyer.Client.CallAsync("gold.consume.list", new { token = buyer.Token, page = 1 });
        Assert.Equal(1, changes.Data!.Value.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Bad_input_and_unknown_users_answer_clean_errors()
    {
        await using var host = new MallHttpHost();
        var admin = await host.AdminAsync();

        Assert.Equal(400, (await admin.GetAsync("/v1/users?mobile=12345")).HttpStatus);
        Assert.Equal(404, (await admin.GetAsync("/v1/users/99999")).HttpStatus);
        Assert.Equal(404, (await admin.PostAsync("/v1/users/99999/gold", new { amount = 5, reason = "x" })).HttpStatus);
        var zero = await admin.PostAsync("/v1/users/1/gold", new { amount = 0, reason = "x" });
        Assert.Equal((400, "amount"), (zero.HttpStatus, zero.Message.Split(':')[0]));
        Assert.Equal(400, (await admin.SendRawAsync(HttpMethod.Post, "/v1/users/1/gold", "{\"amount\": \"lots\"")).HttpStatus);
        Assert.Equal(401, (await new AdminClient(host.Http).GetAsync("/v1/users?mobile=13700000001")).HttpStatus);
    }
}
