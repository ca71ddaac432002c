using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Protocol;
using Vigil.Storage.Statistics;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

internal sealed class SqliteEventStore(SqliteDatabase database, ClientRollups clients) : IEventStore
{
    public const int MaxLimit = 1000;
    internal const string EventColumns = "project_id, method, route, threat, payload, findings";
    private readonly EventRowInsert _rows = new();

    public Task<AppendResult> AppendAsync(IReadOnlyList<EventWrite> events, CancellationToken cancellationToken = default) =>
        events.Count == 0 ? Task.FromResult(AppendResult.Empty) : SqliteEventWriter.AppendAsync(database, clients, _rows, events, cancellationToken);

    public async Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder($"SELECT {EventColumns} FROM events WHERE project_id = $p");
        command.Parameters.AddWithValue("$p", ToText(query.ProjectId));
        if (query.Route is not null)
        {
            sql.Append(" AND route = $route");
            command.Parameters.AddWithValue("$route", query.Route);
        }

        if (query.Method is not null)
        {
            sql.Append(" AND method = $method");
            command.Parameters.AddWithValue("$method", query.Method.ToUpperInvariant());
        }

        if (query.Status is { } status)
        {
            sql.Append(" AND status = $status");
            command.Parameters.AddWithValue("$status", status);
        }

        if (query.Since is { } since)
        {
            sql.Append(" AND ts >= $since");
            command.Parameters.AddWithValue("$since", ToMillis(since));
        }

        sql.Append(" ORDER BY ts DESC, seq DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, MaxLimit));
        command.CommandText = sql.ToString();
        return await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false);
    }

    public async Task<StoredEvent?> GetEventAsync(Guid projectId, Guid eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {EventColumns} FROM events WHERE id = $id AND project_id = $p";
        command.Parameters.AddWithValue("$id", ToText(eventId));
        command.Parameters.AddWithValue("$p", ToText(projectId));
        var events = await ReadEventsAsync(command, cancellationToken).ConfigureAwait(false);
        return events.Count == 0 ? null : events[0];
    }

    public async Task<IReadOnlyList<EndpointStats>> ListEndpointsAsync(Guid projectId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT method, route, requests, client_errors, server_errors, first_seen, last_seen, latency
            FROM endpoints WHERE project_id = $p ORDER BY requests DESC, route, method
            """;
        command.Parameters.AddWithValue("$p", ToText(projectId));
        var endpoints = new List<EndpointStats>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var latency = LatencyHistogram.FromBytes((byte[])reader.GetValue(7));
            endpoints.Add(new EndpointStats(
                new EndpointKey(reader.GetString(0), reader.GetString(1)),
                reader.GetInt64(2),
                reader.GetInt64(3),
                reader.GetInt64(4),
                latency.Percentile(50),
                latency.Percentile(95),
                latency.Percentile(99),
                FromMillis(reader.GetInt64(5)),
                FromMillis(reader.GetInt64(6))));
        }

        return endpoints;
    }

    public async Task<IReadOnlyList<Finding>> QueryFindingsAsync(FindingQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT rule_id, title, threat, event_id, endpoint, location, evidence, ts, message, source_file, source_line FROM findings WHERE project_id = $p");
        command.Parameters.AddWithValue("$p", ToText(query.ProjectId));
        if (query.EventId is { } eventId)
        {
            sql.Append(" AND event_id = $e");
            command.Parameters.AddWithValue("$e", ToText(eventId));
        }

        if (query.Since is { } since)
        {
            sql.Append(" AND ts >= $since");
            command.Parameters.AddWithValue("$since", ToMillis(since));
        }

        sql.Append(" ORDER BY ts DESC, seq DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, MaxLimit));
        command.CommandText = sql.ToString();
        var findings = new List<Finding>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new Finding
            {
                RuleId = reader.GetString(0),
                Title = reader.GetString(1),
                Threat = (ThreatLevel)reader.GetInt32(2),
                EventId = reader.IsDBNull(3) ? null : ReadGuid(reader, 3),
                Endpoint = ReadNullableString(reader, 4),
                Location = ReadNullableString(reader, 5),
                Evidence = ReadNullableString(reader, 6),
                Timestamp = FromMillis(reader.GetInt64(7)),
                Message = ReadNullableString(reader, 8),
                Source = reader.IsDBNull(9) ? null : new SourceLocation(reader.GetString(9), reader.IsDBNull(10) ? 0 : reader.GetInt32(10)),
            });
        }

        return findings;
    }

    public IAsyncEnumerable<StoredEvent> ReplayRecentAsync(Guid projectId, TimeSpan horizon, int max, CancellationToken cancellationToken = default) =>
        SqliteEventReplay.ReadAsync(database, projectId, horizon, max, cancellationToken);

    /// <param name="extra">Reads columns beyond <see cref="EventColumns"/> into the event (the replay's key and position).</param>
    internal static async Task<IReadOnlyList<StoredEvent>> ReadEventsAsync(
        SqliteCommand command, CancellationToken cancellationToken, Func<SqliteDataReader, StoredEvent, StoredEvent>? extra = null)
    {
        var events = new List<StoredEvent>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var exchange = JsonSerializer.Deserialize(reader.GetString(4), ProtocolJson.Exchange)!;
            var endpoint = new EndpointKey(reader.GetString(1), reader.GetString(2));
            var stored = new StoredEvent(ReadGuid(reader, 0), exchange, endpoint, (ThreatLevel)reader.GetInt32(3))
            {
                Findings = reader.IsDBNull(5) ? [] : StoredFindings.Read(reader.GetString(5), exchange.Id!.Value, endpoint, exchange),
            };
            events.Add(extra is null ? stored : extra(reader, stored));
        }

        return events;
    }
}
