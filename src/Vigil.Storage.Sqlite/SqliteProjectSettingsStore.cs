using Vigil.Storage.Settings;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>Masking rules and IP lists: small, per project, replaced whole.</summary>
internal sealed class SqliteProjectSettingsStore(SqliteDatabase database) : IMaskingRuleStore, IIpListStore
{
    public async Task<StoredMaskingRules?> GetMaskingRulesAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT names, patterns, updated_at FROM masking_rules WHERE project_id = $p";
        command.Parameters.AddWithValue("$p", ToText(projectId));
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await r.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new StoredMaskingRules(projectId, Lines(r.GetString(0)), Lines(r.GetString(1)), FromMillis(r.GetInt64(2)))
            : null;
    }

    public Task SaveMaskingRulesAsync(StoredMaskingRules rules, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO masking_rules (project_id, names, patterns, updated_at) VALUES ($p, $n, $r, $t)";
            command.Parameters.AddWithValue("$p", ToText(rules.ProjectId));
            command.Parameters.AddWithValue("$n", string.Join('\n', rules.Names));
            command.Parameters.AddWithValue("$r", string.Join('\n', rules.Patterns));
            command.Parameters.AddWithValue("$t", ToMillis(rules.UpdatedAt));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public async Task<IReadOnlyList<StoredIpList>> ListIpListsAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, content, entries, uploaded_at FROM ip_lists WHERE project_id = $p ORDER BY name";
        command.Parameters.AddWithValue("$p", ToText(projectId));
        var list = new List<StoredIpList>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new StoredIpList(projectId, r.GetString(0), r.GetString(1), r.GetInt32(2), FromMillis(r.GetInt64(3))));
        }

        return list;
    }

    public Task SaveIpListAsync(StoredIpList list, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(list);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT OR REPLACE INTO ip_lists (project_id, name, content, entries, uploaded_at) VALUES ($p, $n, $c, $e, $t)";
            command.Parameters.AddWithValue("$p", ToText(list.ProjectId));
            command.Parameters.AddWithValue("$n", list.Name);
            command.Parameters.AddWithValue("$c", list.Content);
            command.Parameters.AddWithValue("$e", list.Entries);
            command.Parameters.AddWithValue("$t", ToMillis(list.UploadedAt));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<bool> DeleteIpListAsync(Guid projectId, string name, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM ip_lists WHERE project_id = $p AND name = $n";
            command.Parameters.AddWithValue("$p", ToText(projectId));
            command.Parameters.AddWithValue("$n", name);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    private static string[] Lines(string text) => text.Length == 0 ? [] : text.Split('\n');
}
