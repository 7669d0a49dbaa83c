using System.Collections;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Orleans.Grains.ReadModels;

namespace Orleans.Storage;

/// <summary>The SQL both providers share: the upsert that only moves a row forward in version, filters built from
/// schema-checked column names, and every value sent as a parameter. Subclasses open connections and name types.</summary>
internal abstract class SqlReadModelStore : IReadModelStore
{
    /// <summary>Most values in one In filter: bounds the statement a caller can make us build.</summary>
    public const int MaxInValues = 500;

    public abstract string Name { get; }

    protected abstract string SqlType(ReadModelColumnType type);

    protected abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>Runs the DDL; PostgreSQL wraps it in a lock so that silos starting together do not collide.</summary>
    protected abstract Task ExecuteSchemaAsync(string ddl, CancellationToken cancellationToken);

    public Task EnsureSchemaAsync(ReadModelSchema schema, CancellationToken cancellationToken = default) =>
        ExecuteSchemaAsync(SchemaDdl(schema), cancellationToken);

    public async Task<bool> UpsertAsync(ReadModelSchema schema, ReadModelRecord record, CancellationToken cancellationToken = default) =>
        (await UpsertManyAsync(schema, [record], cancellationToken).ConfigureAwait(false))[0];

    /// <summary>All records in one transaction (one commit, one fsync), each written only when newer than its row.</summary>
    public virtual async Task<IReadOnlyList<bool>> UpsertManyAsync(ReadModelSchema schema, IReadOnlyList<ReadModelRecord> records, CancellationToken cancellationToken = default)
    {
        var sql = UpsertSql(schema);
        var written = new bool[records.Count];
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < records.Count; i++)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            BindUpsert(command, schema, records[i]);
            written[i] = await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>CREATE TABLE and CREATE INDEX statements for the schema, each IF NOT EXISTS.</summary>
    protected string SchemaDdl(ReadModelSchema schema)
    {
        var ddl = new StringBuilder()
            .Append(CultureInfo.InvariantCulture, $"CREATE TABLE IF NOT EXISTS {schema.Table} (")
            .Append(CultureInfo.InvariantCulture, $"{ReadModelSchema.KeyColumn} {SqlType(schema.KeyType)} NOT NULL PRIMARY KEY, ")
            .Append(CultureInfo.InvariantCulture, $"version {SqlType(ReadModelColumnType.Integer)} NOT NULL, ")
            .Append(CultureInfo.InvariantCulture, $"removed {SqlType(ReadModelColumnType.Integer)} NOT NULL, ")
            .Append(CultureInfo.InvariantCulture, $"payload {SqlType(ReadModelColumnType.Text)} NULL");
        foreach (var column in schema.Columns)
        {
            ddl.Append(CultureInfo.InvariantCulture, $", {column.Name} {SqlType(column.Type)} NULL");
        }

        ddl.Append(");");
        foreach (var column in schema.Columns.Where(c => c.Indexed))
        {
            ddl.Append(CultureInfo.InvariantCulture, $"CREATE INDEX IF NOT EXISTS ix_{schema.Table}_{column.Name} ON {schema.Table} ({column.Name});");
        }

        return ddl.ToString();
    }

    /// <summary>The upsert that only moves a row forward in version (parameters: see <see cref="BindUpsert"/>).</summary>
    protected static string UpsertSql(ReadModelSchema schema)
    {
        var names = schema.Columns.Select(c => c.Name).ToList();
        return
            $"INSERT INTO {schema.Table} ({ReadModelSchema.KeyColumn}, version, removed, payload{string.Concat(names.Select(n => ", " + n))}) " +
            $"VALUES (@id, @version, @removed, @payload{string.Concat(names.Select(n => ", @c_" + n))}) " +
            $"ON CONFLICT ({ReadModelSchema.KeyColumn}) DO UPDATE SET version = excluded.version, removed = excluded.removed, " +
            $"payload = excluded.payload{string.Concat(names.Select(n => $", {n} = excluded.{n}"))} " +
            $"WHERE {schema.Table}.version < excluded.version";
    }

    /// <summary>Sets the upsert's parameters for one record, replacing those of the previous one.</summary>
    protected static void BindUpsert(DbCommand command, ReadModelSchema schema, ReadModelRecord record)
    {
        command.Parameters.Clear();
        Add(command, "@id", Convert(record.Key, schema.KeyType));
        Add(command, "@version", record.Version);
        Add(command, "@removed", record.Removed ? 1L : 0L);
        Add(command, "@payload", record.Payload);
        foreach (var column in schema.Columns)
        {
            Add(command, "@c_" + column.Name, Convert(record.Values.GetValueOrDefault(column.Name), column.Type));
        }
    }

    public async Task<long?> VersionAsync(ReadModelSchema schema, object key, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT version FROM {schema.Table} WHERE {ReadModelSchema.KeyColumn} = @id";
        Add(command, "@id", Convert(key, schema.KeyType));
        var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return version is null or DBNull ? null : System.Convert.ToInt64(version, CultureInfo.InvariantCulture);
    }

    public async Task<ReadModelPage> QueryAsync(ReadModelSchema schema, ReadModelQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(query.Offset);
        ArgumentOutOfRangeException.ThrowIfNegative(query.Limit);
        schema.TypeOf(query.OrderBy);

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var count = connection.CreateCommand();
        var where = Where(schema, query.Filters, count);
        count.CommandText = $"SELECT count(*) FROM {schema.Table} WHERE {where}";
        var total = System.Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (query.Limit == 0 || query.Offset >= total)
        {
            return new ReadModelPage([], total);
        }

        await using var select = connection.CreateCommand();
        Where(schema, query.Filters, select);
        var direction = query.Descending ? "DESC" : "ASC";
        var tieBreak = query.OrderBy == ReadModelSchema.KeyColumn ? string.Empty : $", {ReadModelSchema.KeyColumn} {direction}";
        select.CommandText =
            $"SELECT payload FROM {schema.Table} WHERE {where} ORDER BY {query.OrderBy} {direction}{tieBreak} LIMIT @limit OFFSET @offset";
        Add(select, "@limit", (long)query.Limit);
        Add(select, "@offset", query.Offset);
        var payloads = new List<string>(query.Limit);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            payloads.Add(reader.GetString(0));
        }

        return new ReadModelPage(payloads, total);
    }

    /// <summary>The WHERE text for the filters, adding their parameters to <paramref name="command"/>. Columns must be
    /// declared by the schema, so no caller-controlled text reaches the SQL.</summary>
    private static string Where(ReadModelSchema schema, IReadOnlyList<ReadModelFilter> filters, DbCommand command)
    {
        var clauses = new List<string> { "removed = 0" };
        for (var i = 0; i < filters.Count; i++)
        {
            var filter = filters[i];
            var type = schema.TypeOf(filter.Column);
            var name = $"@f{i}";
            switch (filter.Operator)
            {
                case ReadModelOperator.Equal:
                    clauses.Add($"{filter.Column} = {name}");
                    Add(command, name, Convert(filter.Value, type));
                    break;
                case ReadModelOperator.AtLeast:
                    clauses.Add($"{filter.Column} >= {name}");
                    Add(command, name, Convert(filter.Value, type));
                    break;
                case ReadModelOperator.AtMost:
                    clauses.Add($"{filter.Column} <= {name}");
                    Add(command, name, Convert(filter.Value, type));
                    break;
                case ReadModelOperator.Contains:
                    if (type != ReadModelColumnType.Text)
                    {
                        throw new ArgumentException($"Contains needs a text column; {filter.Column} is {type}.", nameof(filters));
                    }

                    clauses.Add($"lower({filter.Column}) LIKE {name} ESCAPE '\\'");
                    Add(command, name, "%" + EscapeLike(((string)filter.Value).ToLowerInvariant()) + "%");
                    break;
                case ReadModelOperator.In:
                    var values = ((IEnumerable)filter.Value).Cast<object>().ToList();
                    if (values.Count > MaxInValues)
                    {
                        throw new ArgumentException($"An In filter takes at most {MaxInValues} values.", nameof(filters));
                    }

                    if (values.Count == 0)
                    {
                        clauses.Add("1 = 0");
                        break;
                    }

                    var names = values.Select((_, j) => $"{name}_{j}").ToList();
                    clauses.Add($"{filter.Column} IN ({string.Join(", ", names)})");
                    for (var j = 0; j < values.Count; j++)
                    {
                        Add(command, names[j], Convert(values[j], type));
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(filters), filter.Operator, "Unknown read-model operator.");
            }
        }

        return string.Join(" AND ", clauses);
    }

    private static string EscapeLike(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    private static object? Convert(object? value, ReadModelColumnType type) => value switch
    {
        null => null,
        bool b when type == ReadModelColumnType.Integer => b ? 1L : 0L,
        _ => type switch
        {
            ReadModelColumnType.Integer => System.Convert.ToInt64(value, CultureInfo.InvariantCulture),
            ReadModelColumnType.Real => System.Convert.ToDouble(value, CultureInfo.InvariantCulture),
            _ => System.Convert.ToString(value, CultureInfo.InvariantCulture),
        },
    };

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }
}
