using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using Npgsql;
using Orleans.Tests.TestKit;

namespace Orleans.Tests.Cluster.Processes;

/// <summary>A cluster of real processes started by cluster/up.sh on free loopback ports, with its own Redis, its own
/// PostgreSQL database and its own run folder, so that tests can kill, pause and add processes by name
/// (silo1.., api1.., nginx, redis) exactly as an operator would.</summary>
public sealed class LocalCluster : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _repository;
    private readonly string[] _upArguments;

    // The load generator registers many users from one address; these are LOADTEST.md's host settings for that.
    private static readonly string[] LoadTestSettings =
    [
        "--", "--IpGuard:SmsPerDay", "1000000", "--IpGuard:FailuresToBan", "1000000", "--Sms:PerMobilePerDay", "1000",
        "--Sms:SendInterval", "00:00:00", "--PasswordHash:Iterations", "1000",
    ];

    private readonly HttpClient _silos = new(new SocketsHttpHandler { UseProxy = false })
    {
        DefaultRequestVersion = HttpVersion.Version20,
        DefaultVersionPolicy = HttpVersionPolicy.RequestVersionExact, // the silo port speaks cleartext HTTP/2 only
        Timeout = TimeSpan.FromSeconds(10),
    };

    private LocalCluster(string repository, string runDirectory, string database, string connectionString, string[] upArguments, int redisPort)
    {
        _repository = repository;
        RunDirectory = runDirectory;
        _database = database;
        ConnectionString = connectionString;
        _upArguments = upArguments;
        RedisPort = redisPort;
    }

    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    public string RunDirectory { get; }

    public string ConnectionString { get; }

    public int RedisPort { get; }

    /// <summary>silo<i>i</i> serves grain calls (and /stats) on FirstSiloPort + i - 1.</summary>
    public int FirstSiloPort { get; private init; }

    /// <summary>api<i>i</i> serves the mobile and admin APIs on FirstApiPort + i - 1.</summary>
    public int FirstApiPort { get; private init; }

    /// <summary>The admin API's password, handed to the API hosts through ADMIN_PASSWORD.</summary>
    public string AdminPassword { get; } = "cluster-" + Guid.NewGuid().ToString("N");

    /// <summary>Starts PostgreSQL database, Redis, <paramref name="silos"/> silos, <paramref name="apis"/> API hosts
    /// and nginx, and waits until all are healthy.</summary>
    public static async Task<LocalCluster> StartAsync(int silos = 3, int apis = 2, TimeSpan? deathTimeout = null)
    {
        var repository = RepositoryDirectory.Path;
        var database = "cluster_" + Guid.NewGuid().ToString("N")[..12];
        var server = PostgresDataAttribute.ConnectionString ?? throw new InvalidOperationException("TEST_POSTGRES is not set.");
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", admin); // a generated name, not input
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        var runDirectory = Path.Combine(Path.GetTempPath(), database);
        var redisPort = FreePorts.One();
        var siloPort = FreePorts.Run(8);
        var apiPort = FreePorts.Run(8);
        string[] upArguments =
        [
            "--run-dir", runDirectory, "--bin", AppContext.BaseDirectory, "--port", FreePorts.One().ToString(CultureInfo.InvariantCulture),
            "--redis-port", redisPort.ToString(CultureInfo.InvariantCulture),
            "--silo-port", siloPort.ToString(CultureInfo.InvariantCulture),
            "--api-port", apiPort.ToString(CultureInfo.InvariantCulture),
            "--death-timeout", $"{(int)(deathTimeout ?? TimeSpan.FromSeconds(3)).TotalSeconds}s",
        ];
        var cluster = new LocalCluster(repository, runDirectory, database, connectionString, upArguments, redisPort) { FirstSiloPort = siloPort, FirstApiPort = apiPort };
        await cluster.UpAsync(silos, apis);
        return cluster;
    }

    /// <summary>Runs cluster/up.sh again with these counts: it starts only what is missing (a new silo joins).</summary>
    public async Task UpAsync(int silos, int apis)
    {
        var output = await RunScriptAsync("up.sh",
            [.. _upArguments, "--silos", silos.ToString(CultureInfo.InvariantCulture), "--apis", apis.ToString(CultureInfo.InvariantCulture), .. LoadTestSettings]);
        Url = new Uri(output.Trim().Split('\n')[^1].Trim());
    }

    public int Pid(string name) => int.Parse(File.ReadAllText(Path.Combine(RunDirectory, name + ".pid")).Trim(), CultureInfo.InvariantCulture);

    public bool IsRunning(string name)
    {
        try
        {
            using var process = Process.GetProcessById(Pid(name));
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false; // no such process any more
        }
    }

    /// <summary>kill -9: no shutdown hooks, no goodbye to the membership table.</summary>
    public async Task KillAsync(string name)
    {
        using var process = Process.GetProcessById(Pid(name));
        process.Kill();
        await process.WaitForExitAsync();
    }

    /// <summary>SIGSTOP / SIGCONT: the process freezes with its sockets open, as in a long GC pause or a hung VM.</summary>
    public Task PauseAsync(string name) => SignalAsync(name, "STOP");

    public Task ResumeAsync(string name) => SignalAsync(name, "CONT");

    /// <summary>Waits until the named process has exited on its own (e.g. a silo that found itself declared dead).</summary>
    public async Task<bool> WaitForExitAsync(string name, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (!IsRunning(name))
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    /// <summary>Stops this cluster's Redis and starts it again on the same port: the membership table is gone
    /// (memory only), and the silos must rebuild it.</summary>
    public async Task RestartRedisAsync()
    {
        await KillAsync("redis");
        File.Delete(Path.Combine(RunDirectory, "redis.pid")); // SIGKILL leaves it behind; the new server writes its own
        await RunAsync("redis-server", ["--bind", "127.0.0.1", "--port", RedisPort.ToString(CultureInfo.InvariantCulture), "--daemonize", "yes",
            "--save", "", "--appendonly", "no", "--pidfile", Path.Combine(RunDirectory, "redis.pid"), "--logfile", Path.Combine(RunDirectory, "redis.log")]);
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline && !File.Exists(Path.Combine(RunDirectory, "redis.pid")))
        {
            await Task.Delay(50);
        }
    }

    /// <summary>silo<i>i</i>'s GET /stats (what it hosts, its view), optionally with the keys of one grain type.</summary>
    public async Task<JsonElement> StatsAsync(int silo, string? grainType = null)
    {
        var query = grainType is null ? "" : "?type=" + Uri.EscapeDataString(grainType);
        var body = await _silos.GetStringAsync(new Uri($"http://127.0.0.1:{FirstSiloPort + silo - 1}/stats{query}"));
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Waits until silo1..silo<paramref name="silos"/> and api1..api<paramref name="apis"/> all count
    /// <paramref name="silos"/> active silos: each refreshes its view on its own schedule, and a call routed by a view
    /// that is behind lands on a silo that gives the grain up moments later.</summary>
    public async Task WaitForViewsAsync(int silos, int apis, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (true)
        {
            var agreed = true;
            for (var i = 1; i <= silos && agreed; i++)
            {
                agreed = (await StatsAsync(i)).GetProperty("active_silos").GetInt32() == silos;
            }

            for (var i = 1; i <= apis && agreed; i++)
            {
                var health = await http.GetStringAsync(new Uri($"http://127.0.0.1:{FirstApiPort + i - 1}/health"));
                agreed = health.Contains($"\"{silos} active silos", StringComparison.Ordinal);
            }

            if (agreed)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"the processes did not all come to see {silos} active silos within {timeout}");
            }

            await Task.Delay(100);
        }
    }

    /// <summary>How many activations each of silo1..silo<paramref name="silos"/> hosts.</summary>
    public async Task<int[]> ActivationsPerSiloAsync(int silos)
    {
        var counts = new int[silos];
        for (var i = 1; i <= silos; i++)
        {
            counts[i - 1] = (await StatsAsync(i)).GetProperty("activations").GetInt32();
        }

        return counts;
    }

    /// <summary>Activates goods grains 900000.. (goods.detail through nginx, unknown goods: nothing is written) and
    /// answers which silo (1-based) hosts each.</summary>
    public async Task<Dictionary<string, int>> PlacementAsync(int silos, int probes)
    {
        using var http = new HttpClient { BaseAddress = Url };
        var client = new YafClient(http);
        await Parallel.ForEachAsync(Enumerable.Range(900_000, probes), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (goodsId, _) =>
            {
                // A read, so safe to send again when a connection drops under it (nginx reloading, a host restarting).
                for (var attempt = 1; ; attempt++)
                {
                    try
                    {
                        await client.CallAsync("goods.detail", new { goods_id = goodsId });
                        return;
                    }
                    catch (HttpRequestException) when (attempt < 3)
                    {
                        await Task.Delay(200);
                    }
                }
            });
        var placement = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 1; i <= silos; i++)
        {
            foreach (var key in (await StatsAsync(i, "goods")).GetProperty("keys").EnumerateArray().Select(k => k.GetString()!))
            {
                if (int.TryParse(key, CultureInfo.InvariantCulture, out var id) && id >= 900_000 && id < 900_000 + probes)
                {
                    placement[key] = i; // only the probes: demo goods come and go with the demo data's own calls
                }
            }
        }

        return placement;
    }

    /// <summary>A process's log so far, for assertion messages.</summary>
    public string Log(string name)
    {
        var path = Path.Combine(RunDirectory, name + ".log");
        return File.Exists(path) ? string.Join('\n', File.ReadLines(path).TakeLast(40)) : "";
    }

    public async ValueTask DisposeAsync()
    {
        _silos.Dispose();
        foreach (var name in Directory.EnumerateFiles(RunDirectory, "*.pid").Select(Path.GetFileNameWithoutExtension))
        {
            if (IsRunning(name!))
            {
                await ResumeAsync(name!); // a paused process ignores SIGTERM until continued
            }
        }

        await RunScriptAsync("down.sh", ["--run-dir", RunDirectory]);
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(PostgresDataAttribute.ConnectionString);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private async Task SignalAsync(string name, string signal) =>
        await RunAsync("kill", ["-" + signal, Pid(name).ToString(CultureInfo.InvariantCulture)]);

    private Task<string> RunScriptAsync(string script, string[] arguments) =>
        RunAsync("bash", [Path.Combine(_repository, "cluster", script), .. arguments],
            new() { ["ADMIN_PASSWORD"] = AdminPassword, ["CLUSTER_POSTGRES"] = ConnectionString });

    private static async Task<string> RunAsync(string program, string[] arguments, Dictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var (name, value) in environment ?? [])
        {
            info.Environment[name] = value;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited with {process.ExitCode}:\n{await error}\n{await output}");
        }

        return await output;
    }
}
