namespace Orleans.Grains.ReadModels;

/// <summary>Column types every read-model store maps to its own SQL types (SQLite INTEGER/REAL/TEXT, PostgreSQL
/// bigint/double precision/text). Booleans are stored as Integer 0/1.</summary>
public enum ReadModelColumnType
{
    Integer,
    Real,
    Text,
}
