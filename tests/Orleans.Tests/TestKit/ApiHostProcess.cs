using System.Diagnostics;
using System.Net;

namespace Orleans.Tests.TestKit;

/// <summary>The real ApiHost as a separate OS process on a loopback port, so a test can kill it with SIGKILL
/// (<c>kill -9</c>) and see what survives.</summary>
public sealed class ApiHostProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiHostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<ApiHostProcess> StartAsync(string dataDirectory, params string[] extraArguments)
    {
        var port = FreePorts.One();
        var address = new Uri($"http://127.0.0.1:{port}");
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = ProjectDirectory(),
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "ApiHost.dll"), "--urls", address.ToString(), "--data-dir", dataDirectory, .. extraArguments])
        {
            info.ArgumentList.Add(argument);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the ApiHost process.");
        process.OutputDataReceived += (_, _) => { }; // drained so the child never blocks on a full pipe
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new ApiHostProcess(process, address);
        await host.WaitHealthyAsync();
        return host;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing; only what was durable survives.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private async Task WaitHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"ApiHost exited with code {_process.ExitCode} during start-up.");
            }

            try
            {
                using var response = await http.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Listening but slow to answer while starting.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("ApiHost did not become healthy within 60 s.");
    }

    /// <summary>ApiHost's project folder (its appsettings.json is the content root).</summary>
    private static string ProjectDirectory() => Path.Combine(RepositoryDirectory.Path, "ApiHost");
}
