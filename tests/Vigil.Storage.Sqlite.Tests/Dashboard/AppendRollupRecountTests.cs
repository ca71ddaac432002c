using Microsoft.Data.Sqlite;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Sqlite.Tests.Dashboard;

/// <summary>
/// The rollups the append keeps, over many commits through the writer's kept statements and a failed commit between
/// them, equal a recount of the stored events.
/// </summary>
public sealed class AppendRollupRecountTests : DashboardStoreFixture
{
    [Fact]
    public async Task Rollups_over_many_commits_and_a_failed_one_equal_the_recount_of_the_events()
    {
        var random = new Random(7);
        var stored = new List<EventWrite>();
        for (var commit = 0; commit < 6; commit++)
        {
            var writes = Enumerable.Range(0, 40).Select(_ => Write(
                T0.AddMinutes(random.Next(0, 150)),
                route: random.Next(3) == 0 ? "/menu" : "/orders/{id}",
                status: new[] { 200, 200, 404, 503 }[random.Next(4)],
                threat: (ThreatLevel)random.Next(4),
                rule: new[] { null, "VG1001", "VG1202" }[random.Next(3)],
                authenticated: random.Next(2) == 0)).ToList();
            if (commit == 3)
            {
                var orphan = writes[0] with { Event = writes[0].Event with { ProjectId = Guid.NewGuid() } };
                await Assert.ThrowsAsync<SqliteException>(() => Store.Events.AppendAsync([.. writes.Skip(1), orphan]));
            }

            await Store.Events.AppendAsync(writes);
            stored.AddRange(writes);
        }

        await AssertSameAsync(
            "SELECT minute, requests, client_errors, server_errors, threat_low, threat_medium, threat_high FROM traffic_minutes",
            "SELECT ts / 60000 * 60000, COUNT(*), SUM(status BETWEEN 400 AND 499), SUM(status >= 500), SUM(threat = 1), SUM(threat = 2), SUM(threat = 3) FROM events GROUP BY 1");
        await AssertSameAsync(
            "SELECT hour, method, route, requests, server_errors, threats FROM endpoint_hours",
            "SELECT ts / 3600000 * 3600000, method, route, COUNT(*), SUM(status >= 500), SUM(threat >= 2) FROM events GROUP BY 1, 2, 3");
        await AssertSameAsync(
            "SELECT method, route, authenticated, anonymous, threat_low, threat_medium, threat_high FROM endpoint_traits",
            "SELECT method, route, SUM(user_id IS NOT NULL), SUM(user_id IS NULL), SUM(threat = 1), SUM(threat = 2), SUM(threat = 3) FROM events GROUP BY 1, 2");
        await AssertSameAsync(
            "SELECT method, route, requests, client_errors, server_errors, first_seen, last_seen FROM endpoints",
            "SELECT method, route, COUNT(*), SUM(status BETWEEN 400 AND 499), SUM(status >= 500), MIN(ts), MAX(ts) FROM events GROUP BY 1, 2");

        var rules = stored.SelectMany(w => w.Event.Findings.Select(f => (Endpoint: w.Event.Endpoint, f.RuleId, At: w.Event.Exchange.Timestamp.ToUnixTimeMilliseconds())))
            .GroupBy(r => (r.Endpoint, r.RuleId))
            .Select(g => $"{g.Key.Endpoint.Method}|{g.Key.Endpoint.Route}|{g.Key.RuleId}|{g.Count()}|{g.Max(r => r.At)}");
        Assert.Equal(rules.Order(StringComparer.Ordinal), await RowsAsync("SELECT method, route, rule_id, count, last_seen FROM endpoint_rules"));
        Assert.Equal(240, (await Store.Events.ListEndpointsAsync(ProjectId)).Sum(e => e.Requests));
    }

    private async Task AssertSameAsync(string rollup, string recount) =>
        Assert.Equal(await RowsAsync(recount), await RowsAsync(rollup));

    private async Task<List<string>> RowsAsync(string sql)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DbPath, Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        var rows = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(string.Join('|', Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
