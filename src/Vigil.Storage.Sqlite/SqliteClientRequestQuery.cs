using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The requests list filtered by client without an events index by client (migration 9 dropped it: it cost ~10 µs
/// of every append). client_hours names the hours the client was seen in, newest first; only those hours are read,
/// each through the time index, until the page is full. A client never seen costs one index probe. The worst case
/// is a client with a request or two in each of many busy hours: every one of those hours is walked.
/// </summary>
internal static class SqliteClientRequestQuery
{
    private const long HourMs = 3_600_000;

    /// <summary>Call with client_hours flushed (<see cref="ClientRollups.FlushAsync(SqliteDatabase, CancellationToken)"/>).</summary>
    public static async Task<List<(RequestSummary Item, long Seq)>> ReadAsync(SqliteConnection connection, RequestFilter filter, int take, CancellationToken cancellationToken)
    {
        var rows = new List<(RequestSummary Item, long Seq)>();
        foreach (var hour in await HoursAsync(connection, filter, cancellationToken).ConfigureAwait(false))
        {
            rows.AddRange(await SqliteRequestQuery.ReadAsync(connection, filter, (hour, hour + HourMs), take - rows.Count, cancellationToken).ConfigureAwait(false));
            if (rows.Count >= take)
            {
                break;
            }
        }

        return rows;
    }

    // Hour rows are the floor of ts to the hour (ClientRollups.Add), so an hour overlaps [from, to) when hour + 1h > from.
    private static async Task<List<long>> HoursAsync(SqliteConnection connection, RequestFilter filter, CancellationToken cancellationToken)
    {
        var to = long.MaxValue;
        var from = long.MinValue;
        if (filter.Range is { } range)
        {
            (from, to) = (ToMillis(range.From), ToMillis(range.To));
        }

        if (filter.Before is { } before)
        {
            to = Math.Min(to, before.TimestampMs == long.MaxValue ? long.MaxValue : before.TimestampMs + 1);
        }

        // The rollup's exact counts also rule out hours with no server error or no medium+ threat for those filters.
        var counted = (filter.Status / 100 ?? filter.StatusClass) == 5 ? " AND server_errors > 0" : "";
        counted += filter.Threat >= ThreatLevel.Medium ? " AND threats > 0" : "";
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT hour FROM client_hours WHERE project_id = $p AND client_ip = $c AND hour > $from AND hour < $to{counted} ORDER BY hour DESC";
        command.Parameters.AddWithValue("$p", ToText(filter.ProjectId));
        command.Parameters.AddWithValue("$c", filter.ClientIp);
        command.Parameters.AddWithValue("$from", from == long.MinValue ? long.MinValue : from - HourMs);
        command.Parameters.AddWithValue("$to", to);
        var hours = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            hours.Add(reader.GetInt64(0));
        }

        return hours;
    }
}
