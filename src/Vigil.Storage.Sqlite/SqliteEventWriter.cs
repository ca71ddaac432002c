using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>Appends a list of events, their findings, their endpoint statistics and rollups in one transaction (client counts: see <see cref="ClientRollups"/>).</summary>
internal static class SqliteEventWriter
{
    /// <param name="rows">The store's row writer; used only under the write lock, like the statements it binds.</param>
    public static Task<AppendResult> AppendAsync(SqliteDatabase database, ClientRollups clients, EventRowInsert rows, IReadOnlyList<EventWrite> events, CancellationToken cancellationToken) =>
        database.WriteAsync(async (connection, transaction, statements) =>
        {
            await clients.EnsureValidAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            var insert = statements.Native(EventRowInsert.Sql);
            var stats = new EndpointStatsAccumulator();
            var rollups = new DashboardRollupAccumulator();
            var findings = new List<(Guid Project, Finding Finding)>();
            var inserted = new bool[events.Count];
            for (var i = 0; i < events.Count; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var write = events[i];
                var stored = write.Event;
                var exchange = stored.Exchange;
                if (!rows.Insert(connection.Handle!, insert, stored))
                {
                    continue; // a sender's retry of a batch whose answer it did not see: already stored
                }

                inserted[i] = true;
                stats.Add(stored);
                rollups.Add(stored);
                clients.Add(stored.ProjectId, ToMillis(exchange.Timestamp), exchange.Request.ClientIp, exchange.Response.Status >= 500, stored.Threat >= ThreatLevel.Medium);
                foreach (var f in write.Feed)
                {
                    findings.Add((stored.ProjectId, f));
                }
            }

            await stats.FlushAsync(connection, transaction, statements, cancellationToken).ConfigureAwait(false);
            await rollups.FlushAsync(transaction, statements, cancellationToken).ConfigureAwait(false);
            await clients.FlushAsync(connection, transaction, force: false, cancellationToken).ConfigureAwait(false);
            await InsertFindingsAsync(transaction, statements, findings, cancellationToken).ConfigureAwait(false);
            return new AppendResult(inserted);
        }, cancellationToken, clients.Invalidate);

    private static async Task InsertFindingsAsync(SqliteTransaction transaction, WriterStatements statements, List<(Guid Project, Finding Finding)> findings, CancellationToken cancellationToken)
    {
        if (findings.Count == 0)
        {
            return;
        }

        var insert = statements.Command("""
            INSERT INTO findings (project_id, event_id, rule_id, title, threat, endpoint, location, evidence, ts, message, source_file, source_line)
            VALUES ($p, $e, $rule, $title, $threat, $endpoint, $location, $evidence, $ts, $message, $sourceFile, $sourceLine)
            """, transaction);
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
