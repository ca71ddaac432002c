using System.Text;
using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The requests list: keyset-paged newest first, so page 500 costs what page 1 does. Status (by class), route and
/// threat have an index in time order; other filters are checked on the way. A combination that matches nothing
/// costs a walk of the index chosen. The client filter has no index of its own (see <see cref="SqliteClientRequestQuery"/>).
/// </summary>
internal static class SqliteRequestQuery
{
    public const int MaxLimit = 200;

    public static async Task<RequestPage> RunAsync(SqliteDatabase database, ClientRollups clients, RequestFilter filter, CancellationToken cancellationToken)
    {
        var limit = Math.Clamp(filter.Limit, 1, MaxLimit);
        if (filter.ClientIp is not null)
        {
            // The client's hours are read from client_hours, which must hold every committed event first.
            await clients.FlushAsync(database, cancellationToken).ConfigureAwait(false);
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var rows = filter.ClientIp is null
            ? await ReadAsync(connection, filter, window: null, limit + 1, cancellationToken).ConfigureAwait(false)
            : await SqliteClientRequestQuery.ReadAsync(connection, filter, limit + 1, cancellationToken).ConfigureAwait(false);
        var next = rows.Count > limit ? new RequestCursor(ToMillis(rows[limit - 1].Item.Timestamp), rows[limit - 1].Seq) : (RequestCursor?)null;
        return new RequestPage([.. rows.Take(limit).Select(r => r.Item)], next);
    }

    /// <summary>Up to <paramref name="take"/> matching requests, newest first, inside <paramref name="window"/> when given.</summary>
    public static async Task<List<(RequestSummary Item, long Seq)>> ReadAsync(
        SqliteConnection connection, RequestFilter filter, (long From, long To)? window, int take, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT seq, id, ts, method, route, path, status, duration_ms, client_ip, threat FROM events WHERE project_id = $p");
        command.Parameters.AddWithValue("$p", ToText(filter.ProjectId));
        void Where(string clause, string name, object value)
        {
            sql.Append(" AND ").Append(clause);
            command.Parameters.AddWithValue(name, value);
        }

        if (filter.Method is { } method)
        {
            Where("method = $method", "$method", method.ToUpperInvariant());
        }

        if (filter.Route is { } route)
        {
            Where("route = $route", "$route", route);
        }

        // Written exactly as migration 3's expression index (status / 100) so the planner can use it.
        if ((filter.Status / 100 ?? filter.StatusClass) is { } statusClass)
        {
            Where("status / 100 = $class", "$class", statusClass);
        }

        if (filter.Status is { } status)
        {
            Where("status = $status", "$status", status);
        }

        if (filter.Threat is { } threat)
        {
            Where("threat = $threat", "$threat", (int)threat);
        }

        if (filter.ClientIp is { } client)
        {
            Where("client_ip = $client", "$client", client);
        }

        if (filter.Range is { } range)
        {
            Where("ts >= $from", "$from", ToMillis(range.From));
            Where("ts < $to", "$to", ToMillis(range.To));
        }

        if (window is { } w)
        {
            Where("ts >= $wfrom", "$wfrom", w.From);
            Where("ts < $wto", "$wto", w.To);
        }

        if (filter.Before is { } before)
        {
            sql.Append(" AND (ts, seq) < ($bts, $bseq)");
            command.Parameters.AddWithValue("$bts", before.TimestampMs);
            command.Parameters.AddWithValue("$bseq", before.Seq);
        }

        sql.Append(" ORDER BY ts DESC, seq DESC LIMIT $limit");
        command.Parameters.AddWithValue("$limit", take);
        command.CommandText = sql.ToString();

        var rows = new List<(RequestSummary, long)>(Math.Min(take, MaxLimit + 1));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((new RequestSummary(
                ReadGuid(reader, 1),
                FromMillis(reader.GetInt64(2)),
                reader.GetString(3),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetInt32(6),
                reader.GetDouble(7),
                reader.GetString(8),
                (ThreatLevel)reader.GetInt32(9)), reader.GetInt64(0)));
        }

        return rows;
    }
}
