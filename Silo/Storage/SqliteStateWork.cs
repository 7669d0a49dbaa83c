using Microsoft.Data.Sqlite;

namespace Orleans.Storage;

/// <summary>One grain-state write queued to the file's <see cref="SqliteWriter"/>; its caller is released (version,
/// ETag conflict or failure) only after the transaction that holds it has committed.</summary>
internal sealed class SqliteStateWork(SqliteGrainStorage storage, WriteOperation operation, bool alone) : SqliteWork
{
    public WriteOperation Operation { get; } = operation;

    public override bool Alone => alone;

    public override void Apply(SqliteConnection connection, SqliteTransaction transaction) =>
        storage.Apply(Operation, connection, transaction);

    public override void Committed()
    {
        if (Operation.Applied)
        {
            Operation.Succeed();
        }
        else
        {
            Operation.Conflict();
        }
    }

    public override void Failed(Exception exception) => Operation.Fail(exception);
}
