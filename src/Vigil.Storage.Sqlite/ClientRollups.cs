using Microsoft.Data.Sqlite;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Client counts per hour and per day (client_hours, client_days of migration 3), kept in memory across batches and
/// written every <see cref="FlushEvents"/> events, before any read of those tables, and on dispose. Upserting them in
/// every append transaction was ~200 B-tree updates per 100 events (250 client addresses) and halved store append.
/// </summary>
/// <remarks>
/// Exact after a crash because events are never deleted and are folded in append order: for every project the rows
/// hold the counts of its first <c>SUM(client_days.requests)</c> events by <c>seq</c>, so <see cref="RecoverAsync"/>
/// folds the missing tail back in (on start, and whenever the buffer cannot be trusted). Every member runs under the
/// database's write lock. A failed write transaction marks the buffer invalid (it may hold counts of events that were
/// rolled back); a flush that finds the tables' total changed behind it (another process on the file recovered our
/// tail) drops the buffer; either way the next write recovers instead of counting twice.
/// </remarks>
internal sealed class ClientRollups
{
    public const int FlushEvents = 20_000;
    private const long HourMs = 3_600_000;
    private const long DayMs = 86_400_000;

    private readonly Dictionary<(Guid Project, long Hour, string Client), Counts> _hours = [];
    private readonly Dictionary<(Guid Project, long Day, string Client), Counts> _days = [];
    private int _pending;
    private bool _valid;
    private long _covered; // SUM(client_days.requests) as of our last write; any other value means another writer

    /// <summary>Events folded since the last flush.</summary>
    public int Pending => _pending;

    public void Add(Guid project, long ts, string client, bool serverError, bool threat)
    {
        Get(_hours, (project, ts - Mod(ts, HourMs), client)).Add(serverError, threat);
        Get(_days, (project, ts - Mod(ts, DayMs), client)).Add(serverError, threat);
        _pending++;
    }

    /// <summary>Called under the write lock when a transaction that touched the buffer did not commit.</summary>
    public void Invalidate() => _valid = false;

    /// <summary>Call first in every write transaction that adds to the buffer or flushes it.</summary>
    public async Task EnsureValidAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        if (!_valid)
        {
            _hours.Clear();
            _days.Clear();
            _pending = 0;
            await RecoverAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            _valid = true;
        }
    }

    /// <summary>Writes the buffered counts in the given transaction when <paramref name="force"/> or enough are pending.</summary>
    public async Task FlushAsync(SqliteConnection connection, SqliteTransaction transaction, bool force, CancellationToken cancellationToken)
    {
        if (_pending == 0 || (!force && _pending < FlushEvents))
        {
            return;
        }

        if (await CountAsync(connection, transaction, "SELECT COALESCE(SUM(requests), 0) FROM client_days", cancellationToken).ConfigureAwait(false) != _covered)
        {
            // Another process on this file (a CLI command's start-up) folded our unflushed tail in already.
            _valid = false;
            await EnsureValidAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
            return;
        }

        _covered += _pending;
        await WriteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var (table, deltas) in new[] { ("client_hours", _hours), ("client_days", _days) })
        {
            await using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = $"""
                INSERT INTO {table} VALUES ($p, $at, $c, $n, $se, $t)
                ON CONFLICT DO UPDATE SET requests = requests + excluded.requests, server_errors = server_errors + excluded.server_errors, threats = threats + excluded.threats
                """;
            var p = upsert.Parameters.Add("$p", SqliteType.Text);
            var at = upsert.Parameters.Add("$at", SqliteType.Integer);
            var c = upsert.Parameters.Add("$c", SqliteType.Text);
            var n = upsert.Parameters.Add("$n", SqliteType.Integer);
            var se = upsert.Parameters.Add("$se", SqliteType.Integer);
            var t = upsert.Parameters.Add("$t", SqliteType.Integer);
            foreach (var ((project, time, client), d) in deltas)
            {
                (p.Value, at.Value, c.Value, n.Value, se.Value, t.Value) = (ToText(project), time, client, d.Requests, d.ServerErrors, d.Threats);
                await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        _hours.Clear();
        _days.Clear();
        _pending = 0;
    }

    /// <summary>Makes the client tables exact for every committed event (a read of them calls this first).</summary>
    public Task FlushAsync(SqliteDatabase database, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await EnsureValidAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
                await FlushAsync(connection, transaction, force: true, cancellationToken).ConfigureAwait(false);
                return 0;
            },
            cancellationToken,
            Invalidate);

    private async Task RecoverAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken)
    {
        var missing = new List<(string Project, long Count)>();
        await using (var deficit = connection.CreateCommand())
        {
            deficit.Transaction = transaction;
            deficit.CommandText = """
                SELECT e.project_id, e.n - COALESCE(d.n, 0)
                FROM (SELECT project_id, COUNT(*) AS n FROM events GROUP BY project_id) AS e
                LEFT JOIN (SELECT project_id, SUM(requests) AS n FROM client_days GROUP BY project_id) AS d ON d.project_id = e.project_id
                WHERE e.n > COALESCE(d.n, 0)
                """;
            await using var reader = await deficit.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                missing.Add((reader.GetString(0), reader.GetInt64(1)));
            }
        }

        _covered = await CountAsync(connection, transaction, "SELECT COUNT(*) FROM events", cancellationToken).ConfigureAwait(false);
        await using var tail = connection.CreateCommand();
        tail.Transaction = transaction;
        tail.CommandText = "SELECT ts, client_ip, status, threat FROM events WHERE project_id = $p ORDER BY seq DESC LIMIT $n";
        var project = tail.Parameters.Add("$p", SqliteType.Text);
        var limit = tail.Parameters.Add("$n", SqliteType.Integer);
        foreach (var (id, count) in missing)
        {
            (project.Value, limit.Value) = (id, count);
            var projectId = Guid.Parse(id, System.Globalization.CultureInfo.InvariantCulture);
            await using var reader = await tail.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                Add(projectId, reader.GetInt64(0), reader.GetString(1), reader.GetInt32(2) >= 500, reader.GetInt32(3) >= 2);
            }
        }

        await WriteAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
    }

    private static long Mod(long value, long unit) => ((value % unit) + unit) % unit;

    private static Counts Get<TKey>(Dictionary<TKey, Counts> map, TKey key)
        where TKey : notnull
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = new Counts();
            map[key] = value;
        }

        return value;
    }

    private sealed class Counts
    {
        public long Requests;
        public long ServerErrors;
        public long Threats;

        public void Add(bool serverError, bool threat)
        {
            Requests++;
            ServerErrors += serverError ? 1 : 0;
            Threats += threat ? 1 : 0;
        }
    }
}
