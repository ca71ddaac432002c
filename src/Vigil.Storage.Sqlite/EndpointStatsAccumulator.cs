using Microsoft.Data.Sqlite;
using Vigil.Core.Endpoints;
using Vigil.Storage.Statistics;
using static Vigil.Storage.Sqlite.SqliteValues;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// Folds one appended batch into the per-endpoint statistics rows, inside the batch's transaction, so the
/// endpoint inventory is always exactly consistent with the stored events.
/// </summary>
internal sealed class EndpointStatsAccumulator
{
    /// <summary>
    /// Endpoints kept per project. Paths no route matched are named by templating, so a scanner walking random
    /// paths would add a row per path; past the cap, new names fold into one <see cref="OverflowRoute"/> row per method.
    /// </summary>
    public const int MaxEndpointsPerProject = 5_000;

    /// <summary>
    /// Endpoints the SDK named from the application's own route table keep room of their own beyond
    /// <see cref="MaxEndpointsPerProject"/>: otherwise a few seconds of directory scanning would fill the cap and
    /// every route the application adds later would be hidden in the overflow row (and a documented one shown as a zombie).
    /// </summary>
    public const int MaxRoutedEndpointsPerProject = 2 * MaxEndpointsPerProject;

    public const string OverflowRoute = "/{overflow}";

    private readonly Dictionary<(Guid Project, EndpointKey Endpoint), Delta> _deltas = [];
    private readonly Dictionary<Guid, long> _endpointCounts = [];

    public void Add(StoredEvent stored)
    {
        var key = (stored.ProjectId, stored.Endpoint);
        if (!_deltas.TryGetValue(key, out var delta))
        {
            delta = new Delta();
            _deltas[key] = delta;
        }

        var exchange = stored.Exchange;
        var status = exchange.Response.Status;
        delta.Routed |= exchange.Request.Route is not null;
        delta.Requests++;
        delta.ClientErrors += status is >= 400 and < 500 ? 1 : 0;
        delta.ServerErrors += status >= 500 ? 1 : 0;
        var ts = ToMillis(exchange.Timestamp);
        delta.FirstSeen = Math.Min(delta.FirstSeen, ts);
        delta.LastSeen = Math.Max(delta.LastSeen, ts);
        delta.Latency.Record(exchange.DurationMs);
    }

    public async Task FlushAsync(SqliteConnection connection, SqliteTransaction transaction, WriterStatements statements, CancellationToken cancellationToken)
    {
        var read = statements.Command("SELECT latency FROM endpoints WHERE project_id = $p AND method = $m AND route = $r", transaction);
        var readProject = WriterStatements.Parameter(read, "$p", SqliteType.Text);
        var readMethod = WriterStatements.Parameter(read, "$m", SqliteType.Text);
        var readRoute = WriterStatements.Parameter(read, "$r", SqliteType.Text);

        var upsert = statements.Command("""
            INSERT INTO endpoints (project_id, method, route, requests, client_errors, server_errors, first_seen, last_seen, latency)
            VALUES ($p, $m, $r, $n, $ce, $se, $first, $last, $lat)
            ON CONFLICT (project_id, method, route) DO UPDATE SET
                requests = requests + excluded.requests,
                client_errors = client_errors + excluded.client_errors,
                server_errors = server_errors + excluded.server_errors,
                first_seen = MIN(first_seen, excluded.first_seen),
                last_seen = MAX(last_seen, excluded.last_seen),
                latency = excluded.latency
            """, transaction);
        var p = WriterStatements.Parameter(upsert, "$p", SqliteType.Text);
        var m = WriterStatements.Parameter(upsert, "$m", SqliteType.Text);
        var r = WriterStatements.Parameter(upsert, "$r", SqliteType.Text);
        var n = WriterStatements.Parameter(upsert, "$n", SqliteType.Integer);
        var ce = WriterStatements.Parameter(upsert, "$ce", SqliteType.Integer);
        var se = WriterStatements.Parameter(upsert, "$se", SqliteType.Integer);
        var first = WriterStatements.Parameter(upsert, "$first", SqliteType.Integer);
        var last = WriterStatements.Parameter(upsert, "$last", SqliteType.Integer);
        var lat = WriterStatements.Parameter(upsert, "$lat", SqliteType.Blob);

        foreach (var ((project, named), delta) in _deltas)
        {
            var endpoint = named;
            readProject.Value = p.Value = ToText(project);
            readMethod.Value = m.Value = endpoint.Method;
            readRoute.Value = endpoint.Route;
            var existing = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
            if (existing is null && endpoint.Route != OverflowRoute
                && await CountAsync(connection, transaction, project, cancellationToken).ConfigureAwait(false)
                    >= (delta.Routed ? MaxRoutedEndpointsPerProject : MaxEndpointsPerProject))
            {
                endpoint = endpoint with { Route = OverflowRoute };
                readRoute.Value = endpoint.Route;
                existing = await read.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
            }

            r.Value = endpoint.Route;
            var latency = delta.Latency;
            if (existing is not null)
            {
                latency = LatencyHistogram.FromBytes(existing);
                latency.Merge(delta.Latency);
            }
            else
            {
                _endpointCounts[project] = _endpointCounts.GetValueOrDefault(project) + 1;
            }

            n.Value = delta.Requests;
            ce.Value = delta.ClientErrors;
            se.Value = delta.ServerErrors;
            first.Value = delta.FirstSeen;
            last.Value = delta.LastSeen;
            lat.Value = latency.ToBytes();
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        _deltas.Clear();
    }

    private async Task<long> CountAsync(SqliteConnection connection, SqliteTransaction transaction, Guid project, CancellationToken cancellationToken)
    {
        if (!_endpointCounts.TryGetValue(project, out var count))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "SELECT COUNT(*) FROM endpoints WHERE project_id = $p";
            command.Parameters.AddWithValue("$p", ToText(project));
            count = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            _endpointCounts[project] = count;
        }

        return count;
    }

    private sealed class Delta
    {
        public bool Routed;
        public long Requests;
        public long ClientErrors;
        public long ServerErrors;
        public long FirstSeen = long.MaxValue;
        public long LastSeen = long.MinValue;
        public readonly LatencyHistogram Latency = new();
    }
}
