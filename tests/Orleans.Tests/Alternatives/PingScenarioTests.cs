using System.Net;
using System.Text;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tests.Alternatives;

/// <summary>The generator's ping scenario, which drives the bench ceiling: it needs no admin, signs every request
/// and counts the answers it gets.</summary>
public sealed class PingScenarioTests
{
    [Fact]
    public async Task Ping_sends_signed_requests_and_counts_the_answers()
    {
        var options = OptionsParser.Parse(["--url", "http://localhost/", "--scenario", "ping", "--requests", "30", "--connections", "4", "--duration", "20s"], _ => null);
        Assert.Equal(Scenario.Ping, options.Scenario);
        using var handler = new FixedAnswer();
        using var output = new StringWriter();

        var exit = await LoadTestRunner.RunAsync(options, handler, output, CancellationToken.None);

        Assert.Equal(ExitCodes.Ok, exit);
        // The preflight (seckill.list) and the 30 iterations, every one a signed seckill.buy-shaped form.
        Assert.Equal(31, handler.Bodies.Count);
        Assert.Equal(30, handler.Bodies.Count(b => b.Contains("seckill.buy", StringComparison.Ordinal) && b.Contains("sign=", StringComparison.Ordinal)));
        Assert.Contains("seckill.buy", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"throughput: [\d.,]+ requests/s \(30 requests, 0 errors\)", output.ToString());
    }

    [Fact]
    public void An_unknown_scenario_names_ping_among_the_choices()
    {
        var error = Assert.Throws<OptionsException>(() => OptionsParser.Parse(["--scenario", "pong"], _ => null));
        Assert.Contains("ping", error.Message, StringComparison.Ordinal);
    }

    /// <summary>The bench ceiling's answer, whatever is asked; keeps each form body to check it.</summary>
    private sealed class FixedAnswer : HttpMessageHandler
    {
        public System.Collections.Concurrent.ConcurrentQueue<string> Bodies { get; } = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Bodies.Enqueue(WebUtility.UrlDecode(await request.Content!.ReadAsStringAsync(cancellationToken)));
            return new HttpResponseMessage(HttpStatusCode.OK)
            {
                Content = new StringContent("""{"code":200,"msg":"success","data":{}}""", Encoding.UTF8, "application/json"),
            };
        }
    }
}
