using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Protocol;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>Appends a list of events, their findings, their endpoint statistics and rollups in one transaction (client counts: see <see cref="ClientRollups"/>).</summary>
internal static class SqliteEventWriter
{
    public static Task<AppendResult> AppendAsync(SqliteDatabase database, ClientRollups clients, IReadOnlyList<EventWrite> events, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction) =>
        {
            await clients.EnsureValidAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = """
                INSERT INTO events (id, project_id, ts, method, route, path, status, duration_ms, client_ip, user_id, threat, payload, findings, client_key)
                VALUES ($id, $p, $ts, $m, $r, $path, $s, $d, $ip, $u, $t, $payload, $findings, $key)
                ON CONFLICT (project_id, id) DO NOTHING
                """;
            var id = insert.Parameters.Add("$id", SqliteType.Text);
            var project = insert.Parameters.Add("$p", SqliteType.Text);
            var ts = insert.Parameters.Add("$ts", SqliteType.Integer);
            var method = insert.Parameters.Add("$m", SqliteType.Text);
            var route = insert.Parameters.Add("$r", SqliteType.Text);
            var path = insert.Parameters.Add("$path", SqliteType.Text);
            var status = insert.Parameters.Add("$s", SqliteType.Integer);
            var duration = insert.Parameters.Add("$d", SqliteType.Real);
            var ip = insert.Parameters.Add("$ip", SqliteType.Text);
            var user = insert.Parameters.Add("$u", SqliteType.Text);
            var threat = insert.Parameters.Add("$t", SqliteType.Integer);
            var payload = insert.Parameters.Add("$payload", SqliteType.Text);
            var eventFindings = insert.Parameters.Add("$findings", SqliteType.Text);
            var clientKey = insert.Parameters.Add("$key", SqliteType.Text);

            var stats = new EndpointStatsAccumulator();
            var rollups = new DashboardRollupAccumulator();
            var findings = new List<(Guid Project, Finding Finding)>();
            var inserted = new bool[events.Count];
            for (var i = 0; i < events.Count; i++)
            {
                var write = events[i];
                var stored = write.Event;
                var exchange = stored.Exchange;
                id.Value = ToText(stored.Id);
                project.Value = ToText(stored.ProjectId);
                ts.Value = ToMillis(exchange.Timestamp);
                method.Value = stored.Endpoint.Method;
                route.Value = stored.Endpoint.Route;
                path.Value = exchange.Request.Path;
                status.Value = exchange.Response.Status;
                duration.Value = exchange.DurationMs;
                ip.Value = exchange.Request.ClientIp;
                user.Value = OrNull(exchange.Request.User?.Id);
                threat.Value = (int)stored.Threat;
                payload.Value = JsonSerializer.Serialize(exchange, ProtocolJson.Exchange);
                eventFindings.Value = stored.Findings.Count == 0 ? DBNull.Value : JsonSerializer.Serialize(stored.Findings, StorageJsonContext.Default.IReadOnlyListFinding);
                clientKey.Value = OrNull(stored.ClientKey);
                if (await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 0)
                {
                    continue; // a sender's retry of a batch whose answer it did not see: already stored
                }

                inserted[i] = true;
                stats.Add(stored);
                rollups.Add(stored);
                clients.Add(stored.ProjectId, ToMillis(exchange.Timestamp), exchange.Request.ClientIp, exchange.Response.Status >= 500, stored.Threat >= ThreatLevel.Medium);
                findings.AddRange(write.Feed.Select(f => (stored.ProjectId, f)));
            }

            await stats.FlushAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await rollups.FlushAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            await clients.FlushAsync(connection, transaction, force: false, cancellationToken).ConfigureAwait(false);
            await InsertFindingsAsync(connection, transaction, findings, cancellationToken).ConfigureAwait(false);
            return new AppendResult(inserted);
        }, cancellationToken, clients.Invalidate);

    private static async Task InsertFindingsAsync(SqliteConnection connection, SqliteTransaction transaction, List<(Guid Project, Finding Finding)> findings, CancellationToken cancellationToken)
    {
        if (findings.Count == 0)
        {
            return;
        }

        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO findings (project_id, event_id, rule_id, title, threat, endpoint, location, evidence, ts, message, source_file, source_line)
            VALUES ($p, $e, $rule, $title, $threat, $endpoint, $location, $evidence, $ts, $message, $sourceFile, $sourceLine)
            """;
        foreach (var (project, f) in findings)
        {
            insert.Parameters.Clear();
            insert.Parameters.AddWithValue("$p", ToText(project));
            insert.Parameters.AddWithValue("$e", OrNull(f.EventId is { } e ? ToText(e) : null));
            insert.Parameters.AddWithValue("$rule", f.RuleId);
            insert.Parameters.AddWithValue("$title", f.Title);
            insert.Parameters.AddWithValue("$threat", (int)f.Threat);
            insert.Parameters.AddWithValue("$endpoint", OrNull(f.Endpoint));
            insert.Parameters.AddWithValue("$location", OrNull(f.Location));
            insert.Parameters.AddWithValue("$evidence", OrNull(f.Evidence));
            insert.Parameters.AddWithValue("$ts", ToMillis(f.Timestamp));
            insert.Parameters.AddWithValue("$message", OrNull(f.Message));
            insert.Parameters.AddWithValue("$sourceFile", OrNull(f.Source?.File));
            insert.Parameters.AddWithValue("$sourceLine", f.Source is { } source ? source.Line : DBNull.Value);
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
