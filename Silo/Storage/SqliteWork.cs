using Microsoft.Data.Sqlite;

namespace Orleans.Storage;

/// <summary>One piece of work for a <see cref="SqliteWriter"/>: statements run inside the writer's current
/// transaction, and a completion called only after that transaction has committed (or failed).</summary>
internal abstract class SqliteWork
{
    /// <summary>Runs this work in its own savepoint, so that its failure (a bad statement, a constraint) fails only
    /// it and not the other work committed in the same transaction. Grain-state writes do not need it: their
    /// statements fail only when the database itself does, and then the whole transaction is lost anyway.</summary>
    public virtual bool Isolated => false;

    /// <summary>Commits this work in a transaction of its own instead of sharing one (group commit switched off).</summary>
    public virtual bool Alone => false;

    /// <summary>Runs the statements on the writer's connection, inside <paramref name="transaction"/>.</summary>
    public abstract void Apply(SqliteConnection connection, SqliteTransaction transaction);

    /// <summary>Called once the transaction that holds this work is durable.</summary>
    public abstract void Committed();

    /// <summary>Called when this work, or the transaction that held it, failed: nothing of it is stored.</summary>
    public abstract void Failed(Exception exception);
}
