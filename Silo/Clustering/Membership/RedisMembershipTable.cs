using System.Globalization;
using System.Text.Json;
using StackExchange.Redis;

namespace Orleans.Runtime.Membership;

/// <summary>The membership table: one Redis hash per cluster with a "version" field, an "epoch" field and one field
/// per silo (its address) holding its JSON entry. Every change of entries is a transaction conditioned on the version
/// (and epoch) that was read, and bumps the version, as in Orleans's Redis clustering; a lost race shows as a false
/// result and the caller re-reads. Only I-am-alive writes skip the version: they do not change the view.</summary>
internal sealed class RedisMembershipTable : IAsyncDisposable, IDisposable
{
    public const string VersionField = "version";
    public const string EpochField = "epoch";

    private readonly ConfigurationOptions _configuration;
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public RedisMembershipTable(string configuration, string clusterId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(clusterId);
        _configuration = ConfigurationOptions.Parse(configuration);
        // Redis may be down when a silo starts or at any time after: keep reconnecting in the background rather than
        // failing the host, and fail each command at once while disconnected (the last view stays in use meanwhile)
        // instead of queueing it behind a connection that may not come back soon.
        _configuration.AbortOnConnectFail = false;
        _configuration.BacklogPolicy = BacklogPolicy.FailFast;
        Key = new RedisKey($"orleans:membership:{clusterId}");
    }

    public RedisKey Key { get; }

    public async Task<MembershipSnapshot> ReadAsync()
    {
        var database = await DatabaseAsync();
        var fields = await database.HashGetAllAsync(Key);
        if (fields.Length == 0)
        {
            return MembershipSnapshot.Missing;
        }

        long? version = null;
        string? epoch = null;
        var rows = new Dictionary<string, MembershipRow>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            var name = (string)field.Name!;
            if (name == VersionField)
            {
                version = long.TryParse((string?)field.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
            }
            else if (name == EpochField)
            {
                epoch = field.Value;
            }
            else if (TryParse(name, field.Value, out var row))
            {
                rows[name] = row;
            }
        }

        // A hash without a version (written by something else, or half of a table) is treated as no table at all: the
        // next conditional write recreates it.
        return version is { } v ? new MembershipSnapshot(true, v, epoch, rows) : MembershipSnapshot.Missing;
    }

    /// <summary>Creates the table if it is missing: version <paramref name="version"/>, a new epoch, and the entries.</summary>
    public async Task<bool> TryCreateAsync(long version, string epoch, IReadOnlyCollection<MembershipEntry> entries)
    {
        var database = await DatabaseAsync();
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.HashNotExists(Key, VersionField));
        var values = new List<HashEntry>
        {
            new(VersionField, version.ToString(CultureInfo.InvariantCulture)),
            new(EpochField, epoch),
        };
        values.AddRange(entries.Select(e => new HashEntry(e.Address.ToString(), Serialize(e))));
        _ = transaction.HashSetAsync(Key, [.. values]);
        return await transaction.ExecuteAsync();
    }

    /// <summary>Writes <paramref name="upserts"/> and deletes <paramref name="deletes"/> if the table is still at the
    /// version and epoch of <paramref name="observed"/> and each row in <paramref name="unchanged"/> still holds the
    /// text that was read; bumps the version. False when anything moved in between.</summary>
    public async Task<bool> TryUpdateAsync(
        MembershipSnapshot observed,
        IReadOnlyCollection<MembershipEntry> upserts,
        IReadOnlyCollection<string> deletes,
        IReadOnlyCollection<MembershipRow> unchanged)
    {
        if (!observed.Exists)
        {
            throw new ArgumentException("A missing table is created, not updated.", nameof(observed));
        }

        var database = await DatabaseAsync();
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(Key, VersionField, observed.Version.ToString(CultureInfo.InvariantCulture)));
        transaction.AddCondition(observed.Epoch is { } epoch ? Condition.HashEqual(Key, EpochField, epoch) : Condition.HashNotExists(Key, EpochField));
        foreach (var row in unchanged)
        {
            transaction.AddCondition(Condition.HashEqual(Key, row.Field, row.Raw));
        }

        var values = new List<HashEntry> { new(VersionField, (observed.Version + 1).ToString(CultureInfo.InvariantCulture)) };
        values.AddRange(upserts.Select(e => new HashEntry(e.Address.ToString(), Serialize(e))));
        _ = transaction.HashSetAsync(Key, [.. values]);
        if (deletes.Count > 0)
        {
            _ = transaction.HashDeleteAsync(Key, [.. deletes.Select(d => (RedisValue)d)]);
        }

        return await transaction.ExecuteAsync();
    }

    /// <summary>Writes a new I-am-alive into <paramref name="own"/>'s entry if it still holds what this silo last read
    /// or wrote; the version stays (the view does not change). Null when the entry moved: declared dead, removed, or
    /// the table was lost, which the caller finds out by reading.</summary>
    public async Task<MembershipRow?> TryHeartbeatAsync(MembershipRow own, DateTimeOffset now)
    {
        var database = await DatabaseAsync();
        var entry = own.Entry with { IAmAliveTime = now };
        var raw = Serialize(entry);
        var transaction = database.CreateTransaction();
        transaction.AddCondition(Condition.HashEqual(Key, own.Field, own.Raw));
        _ = transaction.HashSetAsync(Key, own.Field, raw);
        return await transaction.ExecuteAsync() ? new MembershipRow(own.Field, raw, entry) : null;
    }

    /// <summary>Removes the whole table (tests: what a Redis restart without persistence does).</summary>
    public async Task DeleteAsync() => await (await DatabaseAsync()).KeyDeleteAsync(Key);

    public async ValueTask DisposeAsync()
    {
        if (_connection is { } connection)
        {
            await connection.DisposeAsync();
        }

        _connecting.Dispose();
    }

    // A container disposed synchronously refuses singletons that are only IAsyncDisposable.
    public void Dispose()
    {
        _connection?.Dispose();
        _connecting.Dispose();
    }

    internal static string Serialize(MembershipEntry entry) => JsonSerializer.Serialize(entry, MembershipJsonContext.Default.MembershipEntry);

    private static bool TryParse(string field, RedisValue value, out MembershipRow row)
    {
        row = null!;
        var raw = (string?)value;
        if (raw is null)
        {
            return false;
        }

        MembershipEntry? entry;
        try
        {
            entry = JsonSerializer.Deserialize(raw, MembershipJsonContext.Default.MembershipEntry);
        }
        catch (JsonException)
        {
            // Not an entry of ours (a stray field): it names no silo, so it can neither join a view nor be judged.
            return false;
        }

        if (entry is null || entry.Endpoint is null || entry.Address.ToString() != field)
        {
            return false;
        }

        row = new MembershipRow(field, raw, entry);
        return true;
    }

    private async ValueTask<IDatabase> DatabaseAsync()
    {
        if (_connection is { } ready)
        {
            return ready.GetDatabase();
        }

        await _connecting.WaitAsync();
        try
        {
            _connection ??= await ConnectionMultiplexer.ConnectAsync(_configuration);
            return _connection.GetDatabase();
        }
        finally
        {
            _connecting.Release();
        }
    }
}
