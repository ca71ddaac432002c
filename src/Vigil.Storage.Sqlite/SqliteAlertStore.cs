using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteAlertStore(SqliteDatabase database) : IAlertStore
{
    private const string AlertColumns = "id, project_id, group_key, rule_id, title, threat, subject, endpoint, alert_rule, status, first_seen, last_seen, "
        + "findings, message, evidence, first_event_id, acknowledged_at, resolved_at";

    private const string ChannelColumns = "project_id, name, kind, target, secret, smtp_host, smtp_port, mail_from, min_threat, enabled";

    public Task SaveAlertAsync(AlertRecord a, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT OR REPLACE INTO alerts ({AlertColumns}) VALUES ($id, $p, $k, $r, $t, $th, $s, $e, $ar, $st, $fs, $ls, $n, $m, $ev, $fe, $ack, $res)";
            command.Parameters.AddWithValue("$id", ToText(a.Id));
            command.Parameters.AddWithValue("$p", ToText(a.ProjectId));
            command.Parameters.AddWithValue("$k", a.GroupKey);
            command.Parameters.AddWithValue("$r", a.RuleId);
            command.Parameters.AddWithValue("$t", a.Title);
            command.Parameters.AddWithValue("$th", (int)a.Threat);
            command.Parameters.AddWithValue("$s", a.Subject);
            command.Parameters.AddWithValue("$e", OrNull(a.Endpoint));
            command.Parameters.AddWithValue("$ar", a.AlertRule);
            command.Parameters.AddWithValue("$st", (int)a.Status);
            command.Parameters.AddWithValue("$fs", ToMillis(a.FirstSeen));
            command.Parameters.AddWithValue("$ls", ToMillis(a.LastSeen));
            command.Parameters.AddWithValue("$n", a.Findings);
            command.Parameters.AddWithValue("$m", OrNull(a.Message));
            command.Parameters.AddWithValue("$ev", OrNull(a.Evidence));
            command.Parameters.AddWithValue("$fe", a.FirstEventId is { } fe ? ToText(fe) : DBNull.Value);
            command.Parameters.AddWithValue("$ack", a.AcknowledgedAt is { } ack ? ToMillis(ack) : DBNull.Value);
            command.Parameters.AddWithValue("$res", a.ResolvedAt is { } res ? ToMillis(res) : DBNull.Value);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<AlertRecord?> GetAlertAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default)
    {
        var found = await ReadAlertsAsync("project_id = $p AND id = $id", c =>
        {
            c.Parameters.AddWithValue("$p", ToText(projectId));
            c.Parameters.AddWithValue("$id", ToText(alertId));
        }, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<AlertRecord>> QueryAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default) =>
        ReadAlertsAsync($"project_id = $p{(query.Status is null ? "" : " AND status = $st")} ORDER BY last_seen DESC LIMIT $limit", c =>
        {
            c.Parameters.AddWithValue("$p", ToText(query.ProjectId));
            c.Parameters.AddWithValue("$st", (int)(query.Status ?? AlertStatus.Open));
            c.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, 1000));
        }, cancellationToken);

    public Task<IReadOnlyList<AlertRecord>> ListLiveAlertsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        ReadAlertsAsync("status <> $resolved OR resolved_at >= $since ORDER BY last_seen DESC LIMIT 100000", c =>
        {
            c.Parameters.AddWithValue("$resolved", (int)AlertStatus.Resolved);
            c.Parameters.AddWithValue("$since", ToMillis(since));
        }, cancellationToken);

    public Task AddDeliveryAsync(DeliveryRecord d, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO alert_deliveries (id, project_id, alert_id, channel, attempts, delivered, http_status, error, at) "
                + "VALUES ($id, $p, $a, $c, $n, $ok, $http, $err, $at)";
            command.Parameters.AddWithValue("$id", ToText(d.Id));
            command.Parameters.AddWithValue("$p", ToText(d.ProjectId));
            command.Parameters.AddWithValue("$a", ToText(d.AlertId));
            command.Parameters.AddWithValue("$c", d.Channel);
            command.Parameters.AddWithValue("$n", d.Attempts);
            command.Parameters.AddWithValue("$ok", d.Delivered ? 1 : 0);
            command.Parameters.AddWithValue("$http", d.HttpStatus is { } h ? h : DBNull.Value);
            command.Parameters.AddWithValue("$err", OrNull(d.Error));
            command.Parameters.AddWithValue("$at", ToMillis(d.At));
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public async Task<IReadOnlyList<DeliveryRecord>> ListDeliveriesAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, project_id, alert_id, channel, attempts, delivered, http_status, error, at FROM alert_deliveries "
            + "WHERE project_id = $p AND alert_id = $a ORDER BY at LIMIT 1000";
        command.Parameters.AddWithValue("$p", ToText(projectId));
        command.Parameters.AddWithValue("$a", ToText(alertId));
        var list = new List<DeliveryRecord>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new DeliveryRecord(
                ReadGuid(r, 0), ReadGuid(r, 1), ReadGuid(r, 2), r.GetString(3), r.GetInt32(4), r.GetInt32(5) == 1,
                r.IsDBNull(6) ? null : r.GetInt32(6), ReadNullableString(r, 7), FromMillis(r.GetInt64(8))));
        }

        return list;
    }

    public async Task<IReadOnlyList<ChannelConfig>> ListChannelsAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {ChannelColumns} FROM alert_channels WHERE project_id = $p ORDER BY name";
        command.Parameters.AddWithValue("$p", ToText(projectId));
        var list = new List<ChannelConfig>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new ChannelConfig
            {
                ProjectId = ReadGuid(r, 0),
                Name = r.GetString(1),
                Kind = (ChannelKind)r.GetInt32(2),
                Target = r.GetString(3),
                Secret = ReadNullableString(r, 4),
                SmtpHost = ReadNullableString(r, 5),
                SmtpPort = r.GetInt32(6),
                From = ReadNullableString(r, 7),
                MinThreat = (ThreatLevel)r.GetInt32(8),
                Enabled = r.GetInt32(9) == 1,
            });
        }

        return list;
    }

    public Task SaveChannelAsync(ChannelConfig c, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT OR REPLACE INTO alert_channels ({ChannelColumns}) VALUES ($p, $n, $k, $t, $s, $h, $port, $f, $min, $on)";
            command.Parameters.AddWithValue("$p", ToText(c.ProjectId));
            command.Parameters.AddWithValue("$n", c.Name);
            command.Parameters.AddWithValue("$k", (int)c.Kind);
            command.Parameters.AddWithValue("$t", c.Target);
            command.Parameters.AddWithValue("$s", OrNull(c.Secret));
            command.Parameters.AddWithValue("$h", OrNull(c.SmtpHost));
            command.Parameters.AddWithValue("$port", c.SmtpPort);
            command.Parameters.AddWithValue("$f", OrNull(c.From));
            command.Parameters.AddWithValue("$min", (int)c.MinThreat);
            command.Parameters.AddWithValue("$on", c.Enabled ? 1 : 0);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    public Task<bool> DeleteChannelAsync(Guid projectId, string name, CancellationToken cancellationToken = default) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "DELETE FROM alert_channels WHERE project_id = $p AND name = $n";
            command.Parameters.AddWithValue("$p", ToText(projectId));
            command.Parameters.AddWithValue("$n", name);
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);

    private async Task<IReadOnlyList<AlertRecord>> ReadAlertsAsync(string where, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AlertColumns} FROM alerts WHERE {where}";
        bind(command);
        var list = new List<AlertRecord>();
        await using var r = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await r.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(new AlertRecord
            {
                Id = ReadGuid(r, 0),
                ProjectId = ReadGuid(r, 1),
                GroupKey = r.GetString(2),
                RuleId = r.GetString(3),
                Title = r.GetString(4),
                Threat = (ThreatLevel)r.GetInt32(5),
                Subject = r.GetString(6),
                Endpoint = ReadNullableString(r, 7),
                AlertRule = r.GetString(8),
                Status = (AlertStatus)r.GetInt32(9),
                FirstSeen = FromMillis(r.GetInt64(10)),
                LastSeen = FromMillis(r.GetInt64(11)),
                Findings = r.GetInt64(12),
                Message = ReadNullableString(r, 13),
                Evidence = ReadNullableString(r, 14),
                FirstEventId = r.IsDBNull(15) ? null : ReadGuid(r, 15),
                AcknowledgedAt = ReadNullableTime(r, 16),
                ResolvedAt = ReadNullableTime(r, 17),
            });
        }

        return list;
    }
}
