using System.Diagnostics;
using System.Net;
using Orleans.Tools.LoadTest.Checks;
using Orleans.Tools.LoadTest.Options;
using Orleans.Tools.LoadTest.Protocol;
using Orleans.Tools.LoadTest.Report;
using Orleans.Tools.LoadTest.Scenarios;

namespace Orleans.Tools.LoadTest.Running;

/// <summary>A whole run: check the host answers and accepts our signature, log in as admin, prepare, load, report,
/// check invariants. Every failure ends as one line and an exit code (<see cref="ExitCodes"/>), never a stack trace.</summary>
public static class LoadTestRunner
{
    /// <summary>Runs the load test. <paramref name="handler"/> replaces the network (a test passes an in-process
    /// host's handler); null uses a SocketsHttpHandler with MaxConnectionsPerServer = --connections.
    /// <paramref name="cancellationToken"/> (Ctrl+C) ends preparation at once, or ends the load phase early and still
    /// reports and checks. Answers the process exit code.</summary>
    public static async Task<int> RunAsync(LoadTestOptions options, HttpMessageHandler? handler, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var liveConsole = ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected;
        try
        {
            CheckJsonPath(options.JsonPath);
            using var loadClient = handler is null ? CreateClient(options, options.Connections) : new HttpClient(handler, disposeHandler: false);
            // Admin calls get their own small pool, so progress polls and outbox reads do not queue behind the load.
            using var adminClient = handler is null ? CreateClient(options, 4) : new HttpClient(handler, disposeHandler: false);
            loadClient.Timeout = options.Timeout;
            adminClient.Timeout = options.Timeout;
            var caller = new YafCaller(loadClient, options.Url, options.AppId, options.Secret);
            await PreflightAsync(caller, options, cancellationToken);

            var admin = new AdminClient(adminClient, options.Url);
            var context = new RunContext(options, caller, admin, output, liveConsole);
            IScenario scenario = options.Scenario switch
            {
                Scenario.Browse => new BrowseScenario(context),
                Scenario.Login => new LoginScenario(context),
                Scenario.Ping => new PingScenario(context),
                _ => new SeckillScenario(context),
            };
            if (scenario.NeedsAdmin)
            {
                if (options.AdminPassword is null)
                {
                    throw new LoadTestException($"the {Name(options.Scenario)} scenario needs the admin API: pass --admin-password or set {OptionsParser.AdminPasswordVariable}");
                }

                await admin.LoginAsync(options.AdminUser, options.AdminPassword, cancellationToken);
            }

            await scenario.PrepareAsync(cancellationToken);
            return await LoadAndReportAsync(context, scenario, cancellationToken);
        }
        catch (Exception error) when (error is LoadTestException or AdminException)
        {
            output.WriteLine($"error: {error.Message}");
            return ExitCodes.BadConfiguration;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            output.WriteLine("cancelled before the load started");
            return ExitCodes.Cancelled;
        }
        catch (Exception error)
        {
            output.WriteLine($"error: unexpected {error.GetType().Name}: {error.Message}");
            return ExitCodes.Failed;
        }
    }

    public static HttpClient CreateClient(LoadTestOptions options, int connections)
    {
        ArgumentNullException.ThrowIfNull(options);
        var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(2),
            ConnectTimeout = options.Timeout < TimeSpan.FromSeconds(10) ? options.Timeout : TimeSpan.FromSeconds(10),
            AutomaticDecompression = DecompressionMethods.None,
            AllowAutoRedirect = false,
            UseCookies = false,
            UseProxy = false, // a proxy from the environment would measure the proxy, and could send the load elsewhere
        };
        return new HttpClient(handler, disposeHandler: true);
    }

    /// <summary>One read call first, so an unreachable host, a wrong secret or an unknown appid is one clear line
    /// instead of thousands of failed requests.</summary>
    private static async Task PreflightAsync(YafCaller caller, LoadTestOptions options, CancellationToken cancellationToken)
    {
        var outcome = await caller.CallAsync("seckill.list", YafSigner.NewNonce(), [new("token", string.Empty), new("page", 1)], null, abort: cancellationToken);
        var url = options.Url.ToString().TrimEnd('/');
        var problem = outcome switch
        {
            { IsSuccess: true } => null,
            { Kind: OutcomeKind.Transport } => $"cannot reach {url}: {outcome.Message}",
            { Kind: OutcomeKind.Timeout } => $"{url} gave no answer within {options.Timeout.TotalSeconds:0.#} s",
            { Kind: OutcomeKind.HttpStatus } => $"{url} answered HTTP {outcome.Code} ({outcome.Message}) to a signed POST; is --url this product's API host?",
            { Kind: OutcomeKind.Invalid } => $"{url} did not answer with the signed protocol ({outcome.Message}); is --url this product's API host?",
            { Message: "API signature error" } => $"the host refused our signature (503 API signature error): --secret is not the secret of appid '{options.AppId}'",
            { Code: 509 } => $"the host does not know seckill.list (509 {outcome.Message}); is --url this product's API host?",
            { Code: 510 } => $"the host has banned this IP address (510 {outcome.Message}); wait for the ban to end or raise IpGuard:FailuresToBan",
            _ when outcome.Message.Contains("appid", StringComparison.OrdinalIgnoreCase) => $"the host refused appid '{options.AppId}': {outcome}",
            _ when outcome.Message.Contains("过期", StringComparison.Ordinal) => $"the host refused our timestamp ({outcome}); are this machine's and the host's clocks apart?",
            _ => $"the first call (seckill.list) answered {outcome}",
        };
        if (problem is not null)
        {
            throw new LoadTestException(problem);
        }
    }

    private static async Task<int> LoadAndReportAsync(RunContext context, IScenario scenario, CancellationToken cancellationToken)
    {
        var options = context.Options;
        using var stop = new StopSignal(options.Requests);
        using var userStop = cancellationToken.Register(() => stop.Stop("Ctrl+C"));
        context.Line(options.OpenLoop
            ? $"load: {Name(options.Scenario)}, open loop at {options.Rate:N1}/s, {options.Connections:N0} connections, up to {options.Duration.TotalSeconds:N0} s"
            : $"load: {Name(options.Scenario)}, closed loop, {options.Connections:N0} connections, up to {options.Duration.TotalSeconds:N0} s");
        var started = Stopwatch.GetTimestamp();
        stop.StopAfter(options.Duration, "duration");
        var progress = ProgressPrinter.RunAsync(context, scenario, stop);
        string? loadFailure = null;
        try
        {
            if (options.Rate is { } rate)
            {
                await LoadDriver.RunOpenAsync(scenario, rate, stop);
            }
            else
            {
                await LoadDriver.RunClosedAsync(scenario, options.Connections, stop);
            }
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            loadFailure = $"{error.GetType().Name}: {error.Message}";
        }
        finally
        {
            stop.Stop("duration");
            await progress;
        }

        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        InvariantReport? invariants = null;
        string? checkError = loadFailure is null ? null : "the load phase failed: " + loadFailure;
        if (loadFailure is null)
        {
            try
            {
                // Checks run even after Ctrl+C: a stopped run's books must balance too. Bounded by the HTTP timeouts.
                invariants = await scenario.CheckAsync(CancellationToken.None);
            }
            catch (Exception error) when (error is AdminException or LoadTestException)
            {
                checkError = error.Message;
            }
        }

        var exitCode = loadFailure is not null || checkError is not null ? ExitCodes.Failed
            : invariants is { Passed: false } ? ExitCodes.InvariantFailed
            : ExitCodes.Ok;
        var report = new RunReport(
            Name(options.Scenario),
            options.Url.ToString(),
            options.OpenLoop ? "open" : "closed",
            options.Connections,
            options.Rate,
            Math.Round(seconds, 3),
            stop.Reason,
            context.LoadStats.TotalRequests,
            context.LoadStats.TotalErrors,
            seconds > 0 ? Math.Round(context.LoadStats.TotalRequests / seconds, 1) : 0,
            scenario.Sale,
            scenario.Prepared,
            context.LoadStats.Methods().Select(m => MethodReport.From(m, seconds)).ToList(),
            invariants,
            checkError,
            exitCode);
        context.Line(string.Empty);
        context.Output.Write(ReportWriter.ToTable(report));
        if (options.JsonPath is { } path)
        {
            try
            {
                await File.WriteAllTextAsync(path, ReportWriter.ToJson(report), CancellationToken.None);
                context.Line($"report written to {path}");
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                context.Line($"error: cannot write --json {path}: {error.Message}");
                return exitCode == ExitCodes.Ok ? ExitCodes.Failed : exitCode;
            }
        }

        return exitCode;
    }

    /// <summary>A --json path whose folder is missing is found before a long run, not after it.</summary>
    private static void CheckJsonPath(string? path)
    {
        if (path is null)
        {
            return;
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new LoadTestException($"--json {path}: folder {folder} does not exist");
        }
    }

    internal static string Name(Scenario scenario) => scenario.ToString().ToLowerInvariant();
}
