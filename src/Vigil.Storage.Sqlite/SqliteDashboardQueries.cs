using Microsoft.Data.Sqlite;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;
using Vigil.Storage.Statistics;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>The dashboard's reads, from the rollups of migration 3 (never a scan of the events table).</summary>
internal sealed class SqliteDashboardQueries(SqliteDatabase database, ClientRollups clients) : IDashboardQueries
{
    private const long HourMs = 3_600_000;
    private const long DayMs = 86_400_000;

    /// <summary>Most chart buckets one query returns, whatever range and bucket size a URL asks for.</summary>
    public const int MaxBuckets = 2_000;

    public async Task<TrafficSeries> TrafficAsync(Guid projectId, TimeRange range, TimeSpan bucket, CancellationToken cancellationToken = default)
    {
        var from = ToMillis(range.From) / 60_000 * 60_000;
        var to = Math.Max(ToMillis(range.To), from + 1);
        var size = Math.Max((long)bucket.TotalMilliseconds / 60_000, 1) * 60_000;
        size = Math.Max(size, (to - from + (MaxBuckets * 60_000) - 1) / (MaxBuckets * 60_000) * 60_000);
        var count = (int)((to - from + size - 1) / size);
        var buckets = Enumerable.Range(0, count).Select(_ => new Accumulated()).ToArray();
        var total = new Accumulated();

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT minute, requests, client_errors, server_errors, threat_low, threat_medium, threat_high, latency
            FROM traffic_minutes WHERE project_id = $p AND minute >= $from AND minute < $to
            """;
        command.Parameters.AddWithValue("$p", ToText(projectId));
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var latency = (byte[])reader.GetValue(7);
            var at = buckets[(int)((reader.GetInt64(0) - from) / size)];
            foreach (var target in (ReadOnlySpan<Accumulated>)[at, total])
            {
                target.Requests += reader.GetInt64(1);
                target.ClientErrors += reader.GetInt64(2);
                target.ServerErrors += reader.GetInt64(3);
                target.Threats = target.Threats.Add(new ThreatCounts(reader.GetInt64(4), reader.GetInt64(5), reader.GetInt64(6)));
                target.Latency.MergeBytes(latency);
            }
        }

        return new TrafficSeries(
            TimeSpan.FromMilliseconds(size),
            [.. buckets.Select((b, i) => b.ToBucket(FromMillis(from + (i * size))))],
            total.ToBucket(FromMillis(from)));
    }

    public Task<IReadOnlyList<EndpointUsage>> TopEndpointsAsync(Guid projectId, TimeRange range, int limit, CancellationToken cancellationToken = default) =>
        TopAsync(
            "SELECT method, route, SUM(requests) AS n, SUM(server_errors), SUM(threats) FROM endpoint_hours WHERE project_id = $p AND hour >= $from AND hour < $to GROUP BY method, route ORDER BY n DESC, route LIMIT $limit",
            projectId, range, limit, r => new EndpointUsage(new EndpointKey(r.GetString(0), r.GetString(1)), r.GetInt64(2), r.GetInt64(3), r.GetInt64(4)), cancellationToken);

    /// <remarks>Ranges over a day read day rows (so a 7-day view counts up to 8 whole days); shorter ones read hours.</remarks>
    public async Task<IReadOnlyList<ClientUsage>> TopClientsAsync(Guid projectId, TimeRange range, int limit, CancellationToken cancellationToken = default)
    {
        var byDay = range.Length > TimeSpan.FromDays(1);
        var (table, column, unit) = byDay ? ("client_days", "day", DayMs) : ("client_hours", "hour", HourMs);
        await clients.FlushAsync(database, cancellationToken).ConfigureAwait(false);
        return await TopAsync(
            $"SELECT client_ip, SUM(requests) AS n, SUM(server_errors), SUM(threats) FROM {table} WHERE project_id = $p AND {column} >= $from AND {column} < $to GROUP BY client_ip ORDER BY n DESC, client_ip LIMIT $limit",
            projectId, range, limit, r => new ClientUsage(r.GetString(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)), cancellationToken, unit).ConfigureAwait(false);
    }

    public Task<RequestPage> QueryRequestsAsync(RequestFilter filter, CancellationToken cancellationToken = default) =>
        SqliteRequestQuery.RunAsync(database, clients, filter, cancellationToken);

    public async Task<IReadOnlyList<EndpointTraits>> EndpointTraitsAsync(Guid projectId, TimeRange sparkline, CancellationToken cancellationToken = default)
    {
        var from = ToMillis(sparkline.From) / HourMs * HourMs;
        var hours = (int)Math.Clamp((ToMillis(sparkline.To) - from + HourMs - 1) / HourMs, 1, 24 * 31);
        var byEndpoint = new Dictionary<EndpointKey, (long Auth, long Anon, ThreatCounts Threats, List<RuleCount> Rules, long[] Hourly)>();
        (long, long, ThreatCounts, List<RuleCount>, long[]) Entry(EndpointKey key) =>
            byEndpoint.TryGetValue(key, out var e) ? e : byEndpoint[key] = (0, 0, ThreatCounts.Zero, [], new long[hours]);

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ReadAsync(connection, "SELECT method, route, authenticated, anonymous, threat_low, threat_medium, threat_high FROM endpoint_traits WHERE project_id = $p", projectId, 0, 0, r =>
        {
            var key = new EndpointKey(r.GetString(0), r.GetString(1));
            var e = Entry(key);
            byEndpoint[key] = (r.GetInt64(2), r.GetInt64(3), new ThreatCounts(r.GetInt64(4), r.GetInt64(5), r.GetInt64(6)), e.Item4, e.Item5);
        }, cancellationToken).ConfigureAwait(false);
        await ReadAsync(connection, "SELECT method, route, rule_id, count, last_seen FROM endpoint_rules WHERE project_id = $p ORDER BY count DESC", projectId, 0, 0, r =>
            Entry(new EndpointKey(r.GetString(0), r.GetString(1))).Item4.Add(new RuleCount(r.GetString(2), r.GetInt64(3), FromMillis(r.GetInt64(4)))), cancellationToken).ConfigureAwait(false);
        await ReadAsync(connection, "SELECT method, route, hour, requests FROM endpoint_hours WHERE project_id = $p AND hour >= $from AND hour < $to", projectId, from, from + (hours * HourMs), r =>
            Entry(new EndpointKey(r.GetString(0), r.GetString(1))).Item5[(r.GetInt64(2) - from) / HourMs] += r.GetInt64(3), cancellationToken).ConfigureAwait(false);

        return [.. byEndpoint.Select(kv => new EndpointTraits(kv.Key, kv.Value.Auth, kv.Value.Anon, kv.Value.Threats, kv.Value.Rules, kv.Value.Hourly))];
    }

    public Task<IReadOnlyList<FeedFinding>> FindingsAsync(FeedQuery query, CancellationToken cancellationToken = default) =>
        SqliteFeedQuery.RunAsync(database, query, cancellationToken);

    private async Task<IReadOnlyList<T>> TopAsync<T>(string sql, Guid projectId, TimeRange range, int limit, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, long unit = HourMs)
    {
        var rows = new List<T>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await ReadAsync(connection, sql.Replace("$limit", Math.Clamp(limit, 1, 100).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal),
            projectId, ToMillis(range.From) / unit * unit, ToMillis(range.To), r => rows.Add(read(r)), cancellationToken).ConfigureAwait(false);
        return rows;
    }

    private static async Task ReadAsync(SqliteConnection connection, string sql, Guid projectId, long from, long to, Action<SqliteDataReader> row, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$p", ToText(projectId));
        if (sql.Contains("$from", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            row(reader);
        }
    }

    private sealed class Accumulated
    {
        public long Requests;
        public long ClientErrors;
        public long ServerErrors;
        public ThreatCounts Threats = ThreatCounts.Zero;
        public readonly LatencyHistogram Latency = new();

        public TrafficBucket ToBucket(DateTimeOffset start) =>
            new(start, Requests, ClientErrors, ServerErrors, Threats, Latency.Percentile(50), Latency.Percentile(95), Latency.Percentile(99));
    }
}
