using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteSpecStore(SqliteDatabase database) : ISpecStore
{
    public Task SaveSpecAsync(StoredSpec spec, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO specs (project_id, name, content, attached_at) VALUES ($p, $n, $c, $t)
                ON CONFLICT(project_id) DO UPDATE SET name = excluded.name, content = excluded.content, attached_at = excluded.attached_at
                """;
            upsert.Parameters.AddWithValue("$p", ToText(spec.ProjectId));
            upsert.Parameters.AddWithValue("$n", spec.Name);
            upsert.Parameters.AddWithValue("$c", spec.Content);
            upsert.Parameters.AddWithValue("$t", ToMillis(spec.AttachedAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<StoredSpec?> GetSpecAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, content, attached_at FROM specs WHERE project_id = $p";
        command.Parameters.AddWithValue("$p", ToText(projectId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredSpec(projectId, reader.GetString(0), reader.GetString(1), FromMillis(reader.GetInt64(2)))
            : null;
    }
}
