using System.Text;
using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tests.LoadTest;

public sealed class AnswerParsingTests
{
    private static CallOutcome Parse(string body, int status = 200) => YafAnswer.Parse(status, Encoding.UTF8.GetBytes(body));

    [Fact]
    public void A_success_carries_code_msg_and_data()
    {
        var outcome = Parse("""{"code":200,"msg":"抢购成功","data":{"order_sn":"SN202501010000000001","total_price":3,"order_status":1}}""");
        Assert.True(outcome.IsSuccess);
        Assert.False(outcome.IsError);
        Assert.Equal("抢购成功", outcome.Message);
        Assert.Equal("SN202501010000000001", JsonRead.String(outcome.Data, "order_sn"));
        Assert.Equal(3, JsonRead.Int(outcome.Data, "total_price"));
        Assert.Equal("200", outcome.CodeLabel);
    }

    [Fact]
    public void A_business_rejection_is_an_answer_not_an_error()
    {
        var outcome = Parse("""{"code":503,"msg":"商品已抢光"}""");
        Assert.Equal(OutcomeKind.Answer, outcome.Kind);
        Assert.False(outcome.IsSuccess);
        Assert.False(outcome.IsError);
        Assert.Equal(503, outcome.Code);
        Assert.Equal("商品已抢光", outcome.Message);
        Assert.False(outcome.HasData);
    }

    [Fact]
    public void The_protocols_500_and_codes_sent_as_strings_are_read()
    {
        Assert.True(Parse("""{"code":500,"msg":"服务器繁忙，请稍后再试"}""").IsError);
        Assert.Equal(604, Parse("""{"code":"604","msg":"账号已注册"}""").Code);
    }

    [Theory]
    [InlineData("<html>Bad Gateway</html>")]
    [InlineData("""{"msg":"no code"}""")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void A_body_that_is_not_the_envelope_is_an_invalid_outcome(string body)
    {
        var outcome = Parse(body);
        Assert.Equal(OutcomeKind.Invalid, outcome.Kind);
        Assert.True(outcome.IsError);
        Assert.Equal("invalid", outcome.CodeLabel);
    }

    [Fact]
    public void A_non_2xx_status_is_counted_by_status()
    {
        var outcome = Parse("whatever", 502);
        Assert.Equal(OutcomeKind.HttpStatus, outcome.Kind);
        Assert.Equal("HTTP 502", outcome.CodeLabel);
        Assert.Equal("BadGateway", outcome.Message);
        Assert.True(outcome.IsError);
    }

    [Fact]
    public void Admin_answers_are_read_and_failures_described()
    {
        var ok = AdminAnswer.Parse(200, """{"errCode":0,"message":"OK","count":2,"data":[{"id":7,"productid":"33","quota":100,"sold":40,"remaining":60,"orders":40}]}""");
        Assert.True(ok.Ok);
        Assert.Equal(2, ok.Count);
        Assert.Equal(new SaleCounters(7, 33, 100, 40, 60, 40), SaleCounters.From(ok.First!.Value));

        var refused = AdminAnswer.Parse(401, """{"errCode":401,"message":"bad password"}""");
        Assert.False(refused.Ok);
        Assert.Null(refused.First);

        var html = AdminAnswer.Parse(404, "<html/>");
        Assert.Equal(-1, html.ErrCode);
        Assert.Contains("not an admin API answer", html.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Order_records_read_numbers_written_as_strings()
    {
        var answer = AdminAnswer.Parse(200, """{"errCode":0,"message":"OK","count":1,"data":[{"order_sn":"SN1","userid":"12","seckill_id":5,"order_status":"1","quantity":2}]}""");
        Assert.Equal(new OrderRecord("SN1", 12, 5, 1, 2), OrderRecord.From(answer.First!.Value));
        Assert.True(OrderRecord.From(answer.First!.Value).Holds);
    }

    [Fact]
    public void China_time_is_written_and_read_at_UTC_plus_8()
    {
        var time = new DateTimeOffset(2025, 1, 1, 16, 30, 5, TimeSpan.Zero);
        Assert.Equal("2025-01-02 00:30:05", ChinaTime.Format(time));
        Assert.Equal(time, ChinaTime.Parse("2025-01-02 00:30:05"));
        Assert.Null(ChinaTime.Parse("soon"));
    }
}
