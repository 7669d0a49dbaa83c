using Orleans.Tests.TestKit;

namespace Orleans.Tests.CatalogGaps;

/// <summary>POST /v1/ad-positions: the code is unique even when creates of it race; an update never brings back a
/// deleted position.</summary>
public sealed class AdPositionCreateTests
{
    [Fact]
    public async Task Simultaneous_creates_of_one_code_answer_one_success_and_409s_and_the_winner_is_kept()
    {
        await using var host = new GapsHost();
        var admins = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => host.AdminAsync()));

        var replies = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(() =>
            admins[i % admins.Length].PostAsync("/v1/ad-positions", new { code = "HOME_RACE", name = $"位置 {i}", display_count = i }))));

        var won = Assert.Single(replies, r => r.HttpStatus == 200);
        Assert.All(replies.Where(r => r != won), r => Assert.Equal((409, "code"), (r.HttpStatus, r.Message.Split(':')[0])));
        var stored = await admins[0].GetAsync("/v1/ad-positions/HOME_RACE");
        Assert.Equal(won.First.GetProperty("name").GetString(), stored.First.GetProperty("name").GetString());
        Assert.Equal(won.First.GetProperty("display_count").GetInt32(), stored.First.GetProperty("display_count").GetInt32());
        Assert.Equal(1L, (await admins[0].GetAsync("/v1/ad-positions")).Count);
    }

    [Fact]
    public async Task Updating_a_deleted_position_answers_404_and_does_not_recreate_it()
    {
        await using var host = new GapsHost();
        var admin = await host.AdminAsync();
        Assert.Equal(0, (await admin.PostAsync("/v1/ad-positions", new { code = "GONE", name = "临时" })).ErrCode);
        Assert.Equal(0, (await admin.DeleteAsync("/v1/ad-positions/GONE")).ErrCode);

        var update = await admin.PutAsync("/v1/ad-positions/GONE", new { name = "复活", enabled = true, display_count = 1 });
        Assert.Equal(404, update.HttpStatus);
        Assert.Equal(404, (await admin.GetAsync("/v1/ad-positions/GONE")).HttpStatus);
        Assert.Equal(0L, (await admin.GetAsync("/v1/ad-positions")).Count);
    }
}
