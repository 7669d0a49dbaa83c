using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Running;

namespace Orleans.Tools.LoadTest;

/// <summary>Entry point: parse options, let Ctrl+C end the load phase gracefully (a second Ctrl+C kills), run.</summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (OptionsParser.IsHelp(args))
        {
            Console.Out.Write(HelpText.Text);
            return ExitCodes.Ok;
        }

        LoadTestOptions options;
        try
        {
            options = OptionsParser.Parse(args, Environment.GetEnvironmentVariable);
        }
        catch (OptionsException error)
        {
            Console.Error.WriteLine($"error: {error.Message} (see --help)");
            return ExitCodes.BadConfiguration;
        }

        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            if (!cancel.IsCancellationRequested)
            {
                e.Cancel = true; // first Ctrl+C: stop firing, then report and check
                cancel.Cancel();
            }
        };
        return await LoadTestRunner.RunAsync(options, handler: null, Console.Out, cancel.Token);
    }
}
