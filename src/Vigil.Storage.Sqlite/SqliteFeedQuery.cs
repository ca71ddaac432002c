using System.Text;
using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>The findings feed by insertion order: newest first for a page, or everything after a sequence for a live stream.</summary>
internal static class SqliteFeedQuery
{
    public const int MaxLimit = 500;

    public static async Task<IReadOnlyList<FeedFinding>> RunAsync(SqliteDatabase database, FeedQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = new StringBuilder("SELECT seq, rule_id, title, threat, event_id, endpoint, location, evidence, ts FROM findings WHERE project_id = $p AND threat >= $t");
        command.Parameters.AddWithValue("$p", ToText(query.ProjectId));
        command.Parameters.AddWithValue("$t", (int)query.MinThreat);
        if (query.Endpoint is { } endpoint)
        {
            sql.Append(" AND endpoint = $e");
            command.Parameters.AddWithValue("$e", endpoint);
        }

        if (query.AfterSeq is { } after)
        {
            sql.Append(" AND seq > $after ORDER BY seq LIMIT $limit");
            command.Parameters.AddWithValue("$after", after);
        }
        else
        {
            sql.Append(" ORDER BY seq DESC LIMIT $limit");
        }

        command.Parameters.AddWithValue("$limit", Math.Clamp(query.Limit, 1, MaxLimit));
        command.CommandText = sql.ToString();
        var findings = new List<FeedFinding>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            findings.Add(new FeedFinding(reader.GetInt64(0), new Finding
            {
                RuleId = reader.GetString(1),
                Title = reader.GetString(2),
                Threat = (ThreatLevel)reader.GetInt32(3),
                EventId = reader.IsDBNull(4) ? null : ReadGuid(reader, 4),
                Endpoint = ReadNullableString(reader, 5),
                Location = ReadNullableString(reader, 6),
                Evidence = ReadNullableString(reader, 7),
                Timestamp = FromMillis(reader.GetInt64(8)),
            }));
        }

        return findings;
    }
}
