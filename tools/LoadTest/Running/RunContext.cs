using Orleans.Tools.LoadTest.Metrics;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Protocol;

namespace Orleans.Tools.LoadTest.Running;

/// <summary>What scenarios share: options, the signed caller, the admin client, stats of both phases, output.</summary>
public sealed class RunContext(LoadTestOptions options, YafCaller caller, AdminClient? admin, TextWriter output, bool liveConsole)
{
    public LoadTestOptions Options => options;

    public YafCaller Caller => caller;

    public AdminClient Admin => admin ?? throw new InvalidOperationException("this scenario runs without the admin API");

    public TextWriter Output => output;

    /// <summary>True when progress may rewrite one console line; false for files, pipes and tests.</summary>
    public bool LiveConsole => liveConsole;

    public StatsRegistry PrepareStats { get; } = new();

    public StatsRegistry LoadStats { get; } = new();

    /// <summary>Device id of anonymous calls (browse); users have their own.</summary>
    public string AnonymousDevice { get; } = YafSigner.NewNonce();

    public void Line(string text)
    {
        lock (output)
        {
            if (liveConsole)
            {
                output.Write("\r\u001b[K");
            }

            output.WriteLine(text);
        }
    }
}
