using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteScanStore(SqliteDatabase database) : IScanStore
{
    public Task SaveScanAsync(StoredScan scan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scan);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = """
                INSERT INTO scans (project_id, content, uploaded_at) VALUES ($p, $c, $t)
                ON CONFLICT(project_id) DO UPDATE SET content = excluded.content, uploaded_at = excluded.uploaded_at
                """;
            upsert.Parameters.AddWithValue("$p", ToText(scan.ProjectId));
            upsert.Parameters.AddWithValue("$c", scan.Content);
            upsert.Parameters.AddWithValue("$t", ToMillis(scan.UploadedAt));
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<StoredScan?> GetScanAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT content, uploaded_at FROM scans WHERE project_id = $p";
        command.Parameters.AddWithValue("$p", ToText(projectId));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredScan(projectId, reader.GetString(0), FromMillis(reader.GetInt64(1)))
            : null;
    }
}
