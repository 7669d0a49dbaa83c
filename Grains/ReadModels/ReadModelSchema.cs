using System.Text.RegularExpressions;

namespace Orleans.Grains.ReadModels;

/// <summary>The table of one projection. Besides <see cref="Columns"/> every table has <c>id</c> (the key, of
/// <see cref="KeyType"/>), <c>version</c> (the grain state version the row was projected from), <c>removed</c> (0/1)
/// and <c>payload</c> (the row as JSON). Names are checked here, so SQL only ever embeds identifiers from code.</summary>
public sealed partial record ReadModelSchema
{
    public const string KeyColumn = "id";

    private static readonly HashSet<string> Reserved = [KeyColumn, "version", "removed", "payload"];

    public ReadModelSchema(string table, ReadModelColumnType keyType, IReadOnlyList<ReadModelColumn> columns)
    {
        if (!Identifier().IsMatch(table))
        {
            throw new ArgumentException($"Read-model table name '{table}' must match {Identifier()}.", nameof(table));
        }

        foreach (var column in columns)
        {
            if (!Identifier().IsMatch(column.Name) || Reserved.Contains(column.Name))
            {
                throw new ArgumentException($"Read-model column name '{column.Name}' is invalid or reserved.", nameof(columns));
            }
        }

        if (columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException($"Read-model table '{table}' names a column twice.", nameof(columns));
        }

        Table = table;
        KeyType = keyType;
        Columns = columns;
    }

    public string Table { get; }

    public ReadModelColumnType KeyType { get; }

    public IReadOnlyList<ReadModelColumn> Columns { get; }

    /// <summary>The type of a column that may be filtered or sorted on (the key or a declared column).</summary>
    public ReadModelColumnType TypeOf(string column) =>
        column == KeyColumn ? KeyType
        : Columns.FirstOrDefault(c => c.Name == column)?.Type
          ?? throw new ArgumentException($"Read-model table '{Table}' has no column '{column}'.", nameof(column));

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex Identifier();
}
