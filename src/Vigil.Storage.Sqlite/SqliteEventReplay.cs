using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Streams a project's latest events oldest first, in pages keyed on (ts, seq): no reader stays open across a page,
/// so a long warm-up never holds a snapshot the WAL cannot checkpoint past, and memory stays one page. The replay
/// ends at the newest event stored when it started (by seq, which only grows): live events stored meanwhile are
/// detected off the live queue, with their request-rule findings, not replayed without them.
/// </summary>
internal static class SqliteEventReplay
{
    private const int Page = 500;

    public static async IAsyncEnumerable<StoredEvent> ReadAsync(
        SqliteDatabase database, Guid projectId, TimeSpan horizon, int max, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            yield break;
        }

        var from = await StartAsync(database, projectId, horizon, max, cancellationToken).ConfigureAwait(false);
        if (from is not { } start)
        {
            yield break;
        }

        var (ts, seq, left, last) = (start.Ts, start.Seq - 1, max, start.Last);
        while (left > 0)
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = $"""
                SELECT {SqliteEventStore.EventColumns}, client_key, ts, seq FROM events
                WHERE project_id = $p AND (ts > $ts OR (ts = $ts AND seq > $seq)) AND seq <= $last
                ORDER BY ts, seq LIMIT $limit
                """;
            command.Parameters.AddWithValue("$p", ToText(projectId));
            command.Parameters.AddWithValue("$ts", ts);
            command.Parameters.AddWithValue("$seq", seq);
            command.Parameters.AddWithValue("$last", last);
            command.Parameters.AddWithValue("$limit", Math.Min(Page, left));
            var page = await SqliteEventStore.ReadEventsAsync(command, cancellationToken, (reader, e) =>
            {
                (ts, seq) = (reader.GetInt64(7), reader.GetInt64(8));
                return e with { ClientKey = ReadNullableString(reader, 6) };
            }).ConfigureAwait(false);
            foreach (var e in page)
            {
                yield return e;
            }

            left -= page.Count;
            if (page.Count < Page)
            {
                yield break;
            }
        }
    }

    // The later of (newest - horizon) and the max-th newest event: the window the detectors need, bounded by count;
    // and the highest seq stored now, where the replay stops.
    private static async Task<(long Ts, long Seq, long Last)?> StartAsync(SqliteDatabase database, Guid projectId, TimeSpan horizon, int max, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            WITH newest AS (SELECT MAX(ts) AS ts FROM events WHERE project_id = $p),
                 recent AS (SELECT ts, seq FROM events WHERE project_id = $p AND ts >= (SELECT ts FROM newest) - $horizon
                            ORDER BY ts DESC, seq DESC LIMIT $max)
            SELECT ts, seq, (SELECT MAX(seq) FROM events) FROM recent ORDER BY ts, seq LIMIT 1
            """;
        command.Parameters.AddWithValue("$p", ToText(projectId));
        command.Parameters.AddWithValue("$horizon", (long)horizon.TotalMilliseconds);
        command.Parameters.AddWithValue("$max", max);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) : null;
    }
}
