using System.Text.RegularExpressions;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Admin;

public sealed class AdminEnvelopeTests
{
    [Fact]
    public async Task An_empty_query_answers_data_as_an_empty_array_and_count_0()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var reply = await admin.GetAsync("/v1/sms/outbox?mobile=13800138000");

        Assert.Equal(200, reply.HttpStatus);
        Assert.Equal("{\"errCode\":0,\"message\":\"OK\",\"data\":[],\"count\":0}", reply.Body);
    }

    [Theory]
    [InlineData("__limit=2001", "__limit")]
    [InlineData("__limit=0", "__limit")]
    [InlineData("__limit=abc", "__limit")]
    [InlineData("__limit=1&__limit=2", "__limit")]
    [InlineData("__page=0", "__page")]
    [InlineData("__page=-1", "__page")]
    public async Task Bad_paging_parameters_answer_400_naming_the_parameter(string query, string field)
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var reply = await admin.GetAsync($"/v1/admin-users?{query}");

        Assert.Equal((400, 4000), (reply.HttpStatus, reply.ErrCode));
        Assert.StartsWith(field, reply.Message);
        Assert.Null(reply.Data);
    }

    [Fact]
    public async Task Limit_2000_is_accepted()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var reply = await admin.GetAsync("/v1/admin-users?__limit=2000&__page=1");

        Assert.Equal((200, 1L), (reply.HttpStatus, reply.Count));
    }

    [Theory]
    [InlineData("{\"username\":\"ops\",", "body")]
    [InlineData("[1,2]", "body")]
    [InlineData("", "body")]
    [InlineData("{\"username\":\"ops\",\"password\":\"ops-pass-01\"}", "role")]
    [InlineData("{\"username\":\"ops\",\"password\":12345678,\"role\":\"admin\"}", "password")]
    [InlineData("{\"username\":null,\"password\":\"ops-pass-01\",\"role\":\"admin\"}", "username")]
    [InlineData("{\"username\":\"ops\",\"password\":\"ops-pass-01\",\"role\":\"admin\",\"colour\":\"red\"}", "colour")]
    [InlineData("{\"username\":\"o\",\"password\":\"ops-pass-01\",\"role\":\"admin\"}", "username")]
    [InlineData("{\"username\":\"ops\",\"password\":\"short\",\"role\":\"admin\"}", "password")]
    [InlineData("{\"username\":\"ops\",\"password\":\"ops-pass-01\",\"role\":\"root\"}", "role")]
    public async Task Malformed_or_invalid_bodies_answer_400_naming_the_field(string body, string field)
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var reply = await admin.SendRawAsync(HttpMethod.Post, "/v1/admin-users", body);

        Assert.Equal((400, 4000), (reply.HttpStatus, reply.ErrCode));
        Assert.StartsWith(field, reply.Message);
        Assert.DoesNotContain("Exception", reply.Body);
        Assert.Equal(1, (await admin.GetAsync("/v1/admin-users")).Count);
    }

    [Fact]
    public async Task A_non_json_body_answers_400_and_an_oversized_one_413()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var form = await admin.SendRawAsync(HttpMethod.Post, "/v1/admin-users", "username=ops", "application/x-www-form-urlencoded");
        var huge = await admin.SendRawAsync(HttpMethod.Post, "/v1/admin-users", "{\"username\":\"" + new string('a', 70_000) + "\"}");

        Assert.Equal((400, 4000), (form.HttpStatus, form.ErrCode));
        Assert.Equal((413, 4130), (huge.HttpStatus, huge.ErrCode));
    }

    [Fact]
    public async Task Creates_answer_the_stored_record_with_times_formatted_and_null_fields_left_out()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var created = await admin.PostAsync("/v1/admin-users", new { username = "Ops.Team", password = "ops-pass-01", role = "Admin" });
        var duplicate = await admin.PostAsync("/v1/admin-users", new { username = "ops.team", password = "ops-pass-01", role = "admin" });
        var one = await admin.GetAsync("/v1/admin-users/ops.team");

        Assert.Equal((200, 1L), (created.HttpStatus, created.Count));
        Assert.Matches(new Regex("^\\{\"errCode\":0,\"message\":\"OK\",\"data\":\\[\\{\"username\":\"ops.team\",\"role\":\"admin\",\"enabled\":true,\"c_time\":\"\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\"\\}\\],\"count\":1\\}$"), created.Body);
        Assert.Equal((409, 4090), (duplicate.HttpStatus, duplicate.ErrCode));
        Assert.Equal(created.Body, one.Body);
    }

    [Fact]
    public async Task Unknown_ids_answer_404()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());

        var replies = new[]
        {
            await admin.GetAsync("/v1/admin-users/nobody"),
            await admin.PutAsync("/v1/admin-users/nobody", new { enabled = false }),
            await admin.GetAsync("/v1/admin-users/bad%20name"),
            await admin.GetAsync("/v1/apps/no_such_app"),
            await admin.PutAsync("/v1/apps/no_such_app", new { enabled = false }),
            await admin.PostAsync("/v1/apps/no_such_app/secret"),
        };

        Assert.All(replies, r => Assert.Equal((404, 4040), (r.HttpStatus, r.ErrCode)));
    }

    [Fact]
    public async Task Admin_user_listing_pages_with_the_total_in_count()
    {
        await using var factory = AdminHosts.Create();
        var admin = await AdminClient.SignInAsync(factory.CreateClient());
        foreach (var name in new[] { "bob", "carol", "dave" })
        {
            await admin.PostAsync("/v1/admin-users", new { username = name, password = "password-1", role = "operator" });
        }

        var page = await admin.GetAsync("/v1/admin-users?__limit=2&__page=2");
        var past = await admin.GetAsync("/v1/admin-users?__limit=2&__page=9");

        Assert.Equal(4, page.Count);
        Assert.Equal(["carol", "dave"], page.Data!.Value.EnumerateArray().Select(u => u.GetProperty("username").GetString()));
        Assert.Equal("{\"errCode\":0,\"message\":\"OK\",\"data\":[],\"count\":4}", past.Body);
    }
}
