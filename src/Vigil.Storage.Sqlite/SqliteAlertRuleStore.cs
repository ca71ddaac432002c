using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Storage.Settings;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteAlertRuleStore(SqliteDatabase database) : IAlertRuleStore
{
    private const string Columns = "id, project_id, name, rule_id, min_threat, endpoint, subject, threshold, window_seconds, created_at";

    public Task<IReadOnlyList<StoredAlertRule>> ListAlertRulesAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        ReadAsync("WHERE project_id = $p", c => c.Parameters.AddWithValue("$p", ToText(projectId)), cancellationToken);

    public Task<IReadOnlyList<StoredAlertRule>> ListAllAlertRulesAsync(CancellationToken cancellationToken = default) =>
        ReadAsync("", _ => { }, cancellationToken);

    public Task SaveAlertRuleAsync(StoredAlertRule rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT OR REPLACE INTO alert_rules ({Columns}) VALUES ($id, $p, $n, $r, $t, $e, $s, $th, $w, $c)";
            command.Parameters.AddWithValue("$id", ToText(rule.Id));
            command.Parameters.AddWithValue("$p", ToText(rule.ProjectId));
            command.Parameters.AddWithValue("$n", rule.Name);
            command.Parameters.AddWithValue("$r", OrNull(rule.RuleId));
            command.Parameters.AddWithValue("$t", (int)rule.MinThreat);
            command.Parameters.AddWithValue("$e", OrNull(rule.Endpoint));
            command.Parameters.AddWithValue("$s", OrNull(rule.Subject));
            command.Parameters.AddWithValue("$th", rule.Threshold);
            command.Parameters.AddWithValue("$w", (long)rule.Window.TotalSeconds);
            command.Parameters.AddWithValue("$c", ToMillis(rule.CreatedAt));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);
    }

    public Task<bool> DeleteAlertRuleAsync(Guid projectId, Guid ruleId, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM alert_rules WHERE project_id = $p AND id = $id";
            command.Parameters.AddWithValue("$p", ToText(projectId));
            command.Parameters.AddWithValue("$id", ToText(ruleId));
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    private async Task<IReadOnlyList<StoredAlertRule>> ReadAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM alert_rules {where} ORDER BY created_at, name";
        bind(command);
        var list = new List<StoredAlertRule>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new StoredAlertRule
            {
                Id = ReadGuid(r, 0),
                ProjectId = ReadGuid(r, 1),
                Name = r.GetString(2),
                RuleId = ReadNullableString(r, 3),
                MinThreat = (ThreatLevel)r.GetInt32(4),
                Endpoint = ReadNullableString(r, 5),
                Subject = ReadNullableString(r, 6),
                Threshold = r.GetInt32(7),
                Window = TimeSpan.FromSeconds(r.GetInt64(8)),
                CreatedAt = FromMillis(r.GetInt64(9)),
            });
        }

        return list;
    }
}
