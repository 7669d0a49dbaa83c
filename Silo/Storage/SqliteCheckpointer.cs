using Microsoft.Data.Sqlite;

namespace Orleans.Storage;

/// <summary>
/// Copies a WAL database's committed pages back into the main file on a thread of its own. Left to SQLite, that
/// checkpoint runs inside a commit of the writer every 1,000 pages: the one writer thread then writes megabytes into
/// the database file and waits for its fsync while every grain write and projection queues behind it. A PASSIVE
/// checkpoint on another connection runs beside the writer (WAL lets it), so the writer only appends to the WAL.
/// The writer keeps SQLite's own checkpoint at a high threshold as a backstop in case this thread falls behind.
/// </summary>
internal sealed class SqliteCheckpointer
{
    /// <summary>At most one checkpoint per interval, however often the writer commits.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    private readonly string _connectionString;
    private readonly object _gate = new();
    private readonly Thread _thread;
    private bool _requested;
    private bool _stopping;
    private long _lastRequest;

    public SqliteCheckpointer(string connectionString)
    {
        _connectionString = connectionString;
        _thread = new Thread(Run) { IsBackground = true, Name = "sqlite-checkpoint" };
        _thread.Start();
    }

    /// <summary>Called by the writer after a commit; wakes the checkpoint thread at most once per interval.</summary>
    public void Committed()
    {
        var now = Environment.TickCount64;
        if (now - _lastRequest < (long)Interval.TotalMilliseconds)
        {
            return;
        }

        _lastRequest = now;
        lock (_gate)
        {
            _requested = true;
            Monitor.Pulse(_gate);
        }
    }

    public void Stop()
    {
        lock (_gate)
        {
            _stopping = true;
            Monitor.Pulse(_gate);
        }

        _thread.Join();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                lock (_gate)
                {
                    while (!_requested && !_stopping)
                    {
                        Monitor.Wait(_gate);
                    }

                    if (_stopping)
                    {
                        return;
                    }

                    _requested = false;
                }

                try
                {
                    connection ??= Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    command.ExecuteNonQuery();
                }
                catch (SqliteException)
                {
                    // A checkpoint that cannot run now (file busy or gone) is not lost work: the WAL keeps every
                    // commit, the next request tries again, and the writer's own backstop checkpoint still applies.
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            // The database file is fsync'd after the copy, so that the WAL can later be reused safely.
            pragma.CommandText = "PRAGMA synchronous = FULL; PRAGMA busy_timeout = 1000;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
