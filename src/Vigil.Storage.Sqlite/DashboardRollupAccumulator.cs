using Microsoft.Data.Sqlite;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Storage.Statistics;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Folds one appended batch into the dashboard rollups (migration 3) inside the batch's transaction. A batch
/// usually spans a minute or two and a handful of endpoints, so it costs a few upserts, not one per event. Client
/// counts are many rows per batch and are buffered across batches instead (<see cref="ClientRollups"/>).
/// </summary>
internal sealed class DashboardRollupAccumulator
{
    private const long MinuteMs = 60_000;
    private const long HourMs = 3_600_000;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Names = new(StringComparer.Ordinal);

    private readonly Dictionary<(Guid Project, long Minute), MinuteDelta> _minutes = [];
    private readonly Dictionary<(Guid Project, long Hour, EndpointKey Endpoint), HourDelta> _endpointHours = [];
    private readonly Dictionary<(Guid Project, EndpointKey Endpoint), TraitDelta> _traits = [];

    public void Add(StoredEvent stored)
    {
        var exchange = stored.Exchange;
        var ts = ToMillis(exchange.Timestamp);
        var status = exchange.Response.Status;
        var serverError = status >= 500 ? 1 : 0;
        var threat = stored.Threat >= ThreatLevel.Medium ? 1 : 0;

        var minute = Get(_minutes, (stored.ProjectId, ts - Mod(ts, MinuteMs)));
        minute.Requests++;
        minute.ClientErrors += status is >= 400 and < 500 ? 1 : 0;
        minute.ServerErrors += serverError;
        minute.Threats[(int)stored.Threat]++;
        minute.Latency.Record(exchange.DurationMs);

        var hour = ts - Mod(ts, HourMs);
        Get(_endpointHours, (stored.ProjectId, hour, stored.Endpoint)).Add(serverError, threat);

        var traits = Get(_traits, (stored.ProjectId, stored.Endpoint));
        var user = exchange.Request.User;
        // Credentials seen: an authenticated user, Authorization facts from the SDK, or the (masked) header itself.
        if (user?.Id is not null || user?.AuthScheme is not null || exchange.Request.Auth is not null || exchange.Request.Headers.ContainsKey("Authorization"))
        {
            traits.Authenticated++;
        }
        else
        {
            traits.Anonymous++;
        }

        traits.Threats[(int)stored.Threat]++;
        var findings = stored.Findings;
        for (var i = 0; i < findings.Count; i++)
        {
            // Each rule once per event; an event holds a handful of findings, so a scan beats a set per event.
            var rule = findings[i].RuleId;
            if (!SeenBefore(findings, i, rule))
            {
                var (count, last) = traits.Rules.GetValueOrDefault(rule);
                traits.Rules[rule] = (count + 1, Math.Max(last, ts));
            }
        }
    }

    /// <summary>Writes the deltas; call after the endpoint statistics so routes folded into the overflow row fold here too.</summary>
    public async Task FlushAsync(SqliteTransaction transaction, WriterStatements statements, CancellationToken cancellationToken)
    {
        var named = new EndpointNames(statements, transaction);
        await FlushMinutesAsync(transaction, statements, cancellationToken).ConfigureAwait(false);

        var upsert = statements.Command("""
            INSERT INTO endpoint_hours VALUES ($p, $h, $m, $r, $n, $se, $t)
            ON CONFLICT DO UPDATE SET requests = requests + excluded.requests, server_errors = server_errors + excluded.server_errors, threats = threats + excluded.threats
            """, transaction);
        foreach (var ((project, hour, endpoint), d) in _endpointHours)
        {
            var stored = await named.ResolveAsync(project, endpoint, cancellationToken).ConfigureAwait(false);
            await Execute(upsert, cancellationToken, ToText(project), hour, stored.Method, stored.Route, d.Requests, d.ServerErrors, d.Threats).ConfigureAwait(false);
        }

        var traits = statements.Command("""
            INSERT INTO endpoint_traits VALUES ($p, $m, $r, $a, $an, $l, $md, $hi)
            ON CONFLICT DO UPDATE SET authenticated = authenticated + excluded.authenticated, anonymous = anonymous + excluded.anonymous,
                threat_low = threat_low + excluded.threat_low, threat_medium = threat_medium + excluded.threat_medium, threat_high = threat_high + excluded.threat_high
            """, transaction);
        var rules = statements.Command("""
            INSERT INTO endpoint_rules VALUES ($p, $m, $r, $rule, $n, $last)
            ON CONFLICT DO UPDATE SET count = count + excluded.count, last_seen = MAX(last_seen, excluded.last_seen)
            """, transaction);
        foreach (var ((project, endpoint), d) in _traits)
        {
            var stored = await named.ResolveAsync(project, endpoint, cancellationToken).ConfigureAwait(false);
            await Execute(traits, cancellationToken, ToText(project), stored.Method, stored.Route, d.Authenticated, d.Anonymous, d.Threats[1], d.Threats[2], d.Threats[3]).ConfigureAwait(false);
            foreach (var (rule, (count, last)) in d.Rules)
            {
                await Execute(rules, cancellationToken, ToText(project), stored.Method, stored.Route, rule, count, last).ConfigureAwait(false);
            }
        }

        _minutes.Clear();
        _endpointHours.Clear();
        _traits.Clear();
    }

    private async Task FlushMinutesAsync(SqliteTransaction transaction, WriterStatements statements, CancellationToken cancellationToken)
    {
        var read = statements.Command("SELECT latency FROM traffic_minutes WHERE project_id = $p AND minute = $m", transaction);
        var upsert = statements.Command("""
            INSERT INTO traffic_minutes VALUES ($p, $m, $n, $ce, $se, $l, $md, $hi, $lat)
            ON CONFLICT DO UPDATE SET requests = requests + excluded.requests, client_errors = client_errors + excluded.client_errors,
                server_errors = server_errors + excluded.server_errors, threat_low = threat_low + excluded.threat_low,
                threat_medium = threat_medium + excluded.threat_medium, threat_high = threat_high + excluded.threat_high, latency = excluded.latency
            """, transaction);
        foreach (var ((project, minute), d) in _minutes)
        {
            read.Parameters.Clear();
            read.Parameters.AddWithValue("$p", ToText(project));
            read.Parameters.AddWithValue("$m", minute);
            var latency = d.Latency;
            if (await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is byte[] existing)
            {
                latency = LatencyHistogram.FromBytes(existing);
                latency.Merge(d.Latency);
            }

            await Execute(upsert, cancellationToken, ToText(project), minute, d.Requests, d.ClientErrors, d.ServerErrors, d.Threats[1], d.Threats[2], d.Threats[3], latency.ToBytes()).ConfigureAwait(false);
        }
    }

    // Positional: the SQL names its parameters in the order they are passed ($p, $m, ...), so each call site stays one line.
    private static Task<int> Execute(SqliteCommand command, CancellationToken cancellationToken, params object[] values)
    {
        command.Parameters.Clear();
        var names = ParameterNames(command.CommandText);
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue(names[i], values[i]);
        }

        return command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string[] ParameterNames(string sql) => Names.GetOrAdd(sql, static s =>
        [.. System.Text.RegularExpressions.Regex.Matches(s, @"\$[a-z]+").Select(m => m.Value).Distinct(StringComparer.Ordinal)]);

    private static bool SeenBefore(IReadOnlyList<Finding> findings, int index, string rule)
    {
        for (var j = 0; j < index; j++)
        {
            if (string.Equals(findings[j].RuleId, rule, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static long Mod(long value, long unit) => ((value % unit) + unit) % unit;

    private static T Get<TKey, T>(Dictionary<TKey, T> map, TKey key)
        where TKey : notnull
        where T : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = new T();
            map[key] = value;
        }

        return value;
    }

    private sealed class MinuteDelta
    {
        public long Requests;
        public long ClientErrors;
        public long ServerErrors;
        public readonly long[] Threats = new long[4];
        public readonly LatencyHistogram Latency = new();
    }

    private sealed class HourDelta
    {
        public long Requests;
        public long ServerErrors;
        public long Threats;

        public void Add(int serverError, int threat)
        {
            Requests++;
            ServerErrors += serverError;
            Threats += threat;
        }
    }

    private sealed class TraitDelta
    {
        public long Authenticated;
        public long Anonymous;
        public readonly long[] Threats = new long[4];
        public readonly Dictionary<string, (long Count, long LastSeen)> Rules = new(StringComparer.Ordinal);
    }
}
