using Microsoft.Data.Sqlite;

namespace Orleans.Storage;

/// <summary>Work given as a function (read-model upserts, schema): isolated in a savepoint, its result answered once
/// the transaction that holds it has committed.</summary>
internal sealed class SqliteDelegateWork<T>(Func<SqliteConnection, SqliteTransaction, T> apply) : SqliteWork
{
    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T? _result;

    public Task<T> Task => _completion.Task;

    public override bool Isolated => true;

    public override void Apply(SqliteConnection connection, SqliteTransaction transaction) => _result = apply(connection, transaction);

    public override void Committed() => _completion.TrySetResult(_result!);

    public override void Failed(Exception exception) => _completion.TrySetException(exception);
}
