using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Orleans.Storage;

/// <summary>
/// The one writer of a SQLite database in this process. SQLite admits one write transaction at a time; when grain
/// state and read models each had their own writers on the same file, they took turns through SQLITE_BUSY, and
/// Microsoft.Data.Sqlite answers SQLITE_BUSY by sleeping on the calling thread-pool thread and retrying, which starved
/// the pool under load. Here every write of the file - grain state, read-model upserts, schema - is queued to one
/// dedicated thread with one connection; whatever is queued while a transaction runs goes into the next one, so one
/// commit (one fsync, synchronous=FULL) makes a whole batch of grain writes and projections durable together. Readers
/// use their own read-only connections, which WAL lets run beside the writer without locks.
/// <para>Shared by every user of the same file (<see cref="Acquire"/>, counted; the last <see cref="ReleaseAsync"/>
/// drains the queue and stops the thread).</para>
/// </summary>
internal sealed class SqliteWriter
{
    private static readonly Lock Registry = new();
    private static readonly Dictionary<string, SqliteWriter> Writers = new(StringComparer.Ordinal);

    private readonly string _key;
    private readonly string _connectionString;
    private readonly object _gate = new();
    private readonly TaskCompletionSource _stopped = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private List<SqliteWork> _queue = [];
    private List<SqliteWork> _spare = [];
    private bool _stopping;
    private int _leases;
    private SqliteConnection? _connection;
    private Action<int, TimeSpan>? _batchCommitted;
    private Action<Exception, int>? _batchFailed;

    private SqliteWriter(string key, string connectionString)
    {
        _key = key;
        _connectionString = connectionString;
        var thread = new Thread(Run) { IsBackground = true, Name = "sqlite-writer" };
        thread.Start();
    }

    /// <summary>The writer of the database that <paramref name="connectionString"/> names, started on first use.</summary>
    public static SqliteWriter Acquire(string connectionString)
    {
        var key = KeyOf(connectionString);
        lock (Registry)
        {
            if (!Writers.TryGetValue(key, out var writer))
            {
                writer = new SqliteWriter(key, connectionString);
                Writers[key] = writer;
            }

            writer._leases++;
            return writer;
        }
    }

    /// <summary>Where to report each committed transaction (how many pieces of work, how long) and each lost one
    /// (grain storage's metrics and log); the first caller's reports are kept.</summary>
    public void OnBatch(Action<int, TimeSpan> committed, Action<Exception, int> failed)
    {
        _ = Interlocked.CompareExchange(ref _batchCommitted, committed, null);
        _ = Interlocked.CompareExchange(ref _batchFailed, failed, null);
    }

    /// <summary>Queues the work; it is applied in the next transaction and completed after that commit.</summary>
    public void Post(SqliteWork work)
    {
        lock (_gate)
        {
            if (!_stopping)
            {
                _queue.Add(work);
                if (_queue.Count == 1)
                {
                    Monitor.Pulse(_gate);
                }

                return;
            }
        }

        work.Failed(new ObjectDisposedException(nameof(SqliteWriter), "The SQLite writer is shut down."));
    }

    /// <summary>Runs <paramref name="apply"/> on the writer (in a savepoint of the next transaction) and answers its
    /// result once that transaction is durable.</summary>
    public Task<T> RunAsync<T>(Func<SqliteConnection, SqliteTransaction, T> apply)
    {
        var work = new SqliteDelegateWork<T>(apply);
        Post(work);
        return work.Task;
    }

    /// <summary>Gives up one lease; the last one drains what is queued, closes the connection and ends the thread.</summary>
    public async ValueTask ReleaseAsync()
    {
        bool last;
        lock (Registry)
        {
            last = --_leases == 0;
            if (last)
            {
                Writers.Remove(_key);
            }
        }

        if (!last)
        {
            return;
        }

        lock (_gate)
        {
            _stopping = true;
            Monitor.Pulse(_gate);
        }

        await _stopped.Task.ConfigureAwait(false);
    }

    /// <summary>The same file through different connection strings is the same database; a memory database is
    /// known by its whole connection string.</summary>
    private static string KeyOf(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        return builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:"
            ? "memory:" + connectionString
            : "file:" + Path.GetFullPath(builder.DataSource);
    }

    private void Run()
    {
        try
        {
            while (true)
            {
                List<SqliteWork> batch;
                lock (_gate)
                {
                    while (_queue.Count == 0 && !_stopping)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_queue.Count == 0)
                    {
                        return;
                    }

                    batch = _queue;
                    _queue = _spare;
                }

                Execute(batch);
                batch.Clear();
                lock (_gate)
                {
                    _spare = batch;
                }
            }
        }
        finally
        {
            _connection?.Dispose();
            _connection = null;
            _stopped.TrySetResult();
        }
    }

    /// <summary>Consecutive shareable work goes in one transaction; work that must commit alone gets its own.</summary>
    private void Execute(List<SqliteWork> batch)
    {
        var start = 0;
        while (start < batch.Count)
        {
            var end = start + 1;
            if (!batch[start].Alone)
            {
                while (end < batch.Count && !batch[end].Alone)
                {
                    end++;
                }
            }

            Commit(batch, start, end - start);
            start = end;
        }
    }

    private void Commit(List<SqliteWork> batch, int start, int count)
    {
        var started = Stopwatch.GetTimestamp();
        Exception?[]? failures = null;
        try
        {
            var connection = _connection ??= Open();
            using var transaction = connection.BeginTransaction();
            using var savepoint = connection.CreateCommand();
            savepoint.Transaction = transaction;
            for (var i = 0; i < count; i++)
            {
                var work = batch[start + i];
                if (!work.Isolated)
                {
                    work.Apply(connection, transaction);
                    continue;
                }

                Execute(savepoint, "SAVEPOINT work");
                try
                {
                    work.Apply(connection, transaction);
                }
                catch (Exception exception)
                {
                    Execute(savepoint, "ROLLBACK TO work");
                    (failures ??= new Exception?[count])[i] = exception;
                }

                Execute(savepoint, "RELEASE work");
            }

            transaction.Commit();
        }
        catch (Exception exception)
        {
            // The transaction is lost, and the connection may be left inside it: the next batch opens a fresh one.
            _connection?.Dispose();
            _connection = null;
            _batchFailed?.Invoke(exception, count);
            for (var i = 0; i < count; i++)
            {
                batch[start + i].Failed(exception);
            }

            return;
        }

        _batchCommitted?.Invoke(count, Stopwatch.GetElapsedTime(started));
        for (var i = 0; i < count; i++)
        {
            if (failures?[i] is { } failure)
            {
                batch[start + i].Failed(failure);
            }
            else
            {
                batch[start + i].Committed();
            }
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            // synchronous=FULL: a commit returns only after its WAL frames are fsync'd, so an acknowledged write
            // survives kill -9 and power loss. busy_timeout only matters if another process writes the file; the
            // wait then happens inside SQLite on this thread, never on a thread-pool thread.
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 30000;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private static void Execute(SqliteCommand command, string sql)
    {
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
