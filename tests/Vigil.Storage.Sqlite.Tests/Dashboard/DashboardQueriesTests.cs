using Microsoft.Data.Sqlite;
using Vigil.Core.Findings;
using Vigil.Storage.Dashboard;

namespace Vigil.Storage.Sqlite.Tests.Dashboard;

public sealed class DashboardQueriesTests : DashboardStoreFixture
{
    private IDashboardQueries Queries => Store.Dashboard;

    [Fact]
    public async Task Traffic_counts_every_event_of_the_range_once_in_its_bucket_with_latency_and_threats()
    {
        await AppendAsync(Write(T0.AddMinutes(1), ms: 10), Write(T0.AddMinutes(1.5), status: 500, ms: 20, threat: ThreatLevel.High, rule: "VG1001"));
        await AppendAsync(Write(T0.AddMinutes(1.7), status: 404, ms: 400, threat: ThreatLevel.Low, rule: "VG1202"), Write(T0.AddMinutes(7), ms: 30));
        await AppendAsync(Write(T0.AddHours(-2)), Write(T0.AddHours(2))); // outside the range

        var series = await Queries.TrafficAsync(ProjectId, new TimeRange(T0, T0.AddMinutes(10)), TimeSpan.FromMinutes(5));

        Assert.Equal(TimeSpan.FromMinutes(5), series.BucketSize);
        Assert.Equal([3L, 1L], series.Buckets.Select(b => b.Requests));
        Assert.Equal(4, series.Total.Requests);
        Assert.Equal(1, series.Total.ServerErrors);
        Assert.Equal(1, series.Total.ClientErrors);
        Assert.Equal(new ThreatCounts(1, 0, 1), series.Total.Threats);
        Assert.InRange(series.Buckets[0].P99Ms, 390, 410); // the second batch's slow request merged into the same minute
        Assert.InRange(series.Buckets[1].P50Ms, 29, 31);
    }

    [Fact]
    public async Task A_retried_event_is_not_counted_twice_in_any_rollup()
    {
        var id = Guid.NewGuid();
        await AppendAsync(Write(T0, id: id, threat: ThreatLevel.Medium, rule: "VG1002"));
        await AppendAsync(Write(T0, id: id, threat: ThreatLevel.Medium, rule: "VG1002"));

        var range = new TimeRange(T0, T0.AddHours(1));
        Assert.Equal(1, (await Queries.TrafficAsync(ProjectId, range, TimeSpan.FromMinutes(1))).Total.Requests);
        Assert.Equal(1, Assert.Single(await Queries.TopEndpointsAsync(ProjectId, range, 10)).Requests);
        Assert.Equal(1, Assert.Single(await Queries.TopClientsAsync(ProjectId, range, 10)).Requests);
        Assert.Equal(1, Assert.Single(Assert.Single(await Queries.EndpointTraitsAsync(ProjectId, range)).Rules).Count);
    }

    [Fact]
    public async Task Top_endpoints_and_clients_are_busiest_first_with_errors_and_threats()
    {
        await AppendAsync(
            Write(T0, "/a"), Write(T0, "/b", client: "10.0.0.2"), Write(T0, "/b", status: 503, client: "10.0.0.2"),
            Write(T0, "/b", threat: ThreatLevel.High, rule: "VG1001", client: "10.0.0.2"));

        var range = new TimeRange(T0, T0.AddHours(1));
        var endpoints = await Queries.TopEndpointsAsync(ProjectId, range, 10);
        var clients = await Queries.TopClientsAsync(ProjectId, range, 1);

        Assert.Equal(["GET /b", "GET /a"], endpoints.Select(e => e.Endpoint.ToString()));
        Assert.Equal((3L, 1L, 1L), (endpoints[0].Requests, endpoints[0].ServerErrors, endpoints[0].Threats));
        Assert.Equal("10.0.0.2", Assert.Single(clients).ClientIp);
    }

    [Fact]
    public async Task Top_clients_of_a_week_add_up_whole_days()
    {
        await AppendAsync(Write(T0.AddDays(-6), client: "10.0.0.9"), Write(T0.AddDays(-3), client: "10.0.0.9"), Write(T0, client: "10.0.0.9"), Write(T0, client: "10.0.0.1"));

        var week = await Store.Dashboard.TopClientsAsync(ProjectId, new TimeRange(T0.AddDays(-7), T0.AddHours(1)), 10);
        var hour = await Store.Dashboard.TopClientsAsync(ProjectId, new TimeRange(T0, T0.AddHours(1)), 10);

        Assert.Equal([("10.0.0.9", 3L), ("10.0.0.1", 1L)], week.Select(c => (c.ClientIp, c.Requests)));
        Assert.Equal([("10.0.0.1", 1L), ("10.0.0.9", 1L)], hour.Select(c => (c.ClientIp, c.Requests)));
    }

    [Fact]
    public async Task Endpoint_traits_know_credentials_rules_and_hourly_traffic()
    {
        await AppendAsync(
            Write(T0, authenticated: true), Write(T0.AddHours(1), authenticated: false, threat: ThreatLevel.Low, rule: "VG1402"),
            Write(T0.AddHours(1), threat: ThreatLevel.Low, rule: "VG1402"));

        var traits = Assert.Single(await Queries.EndpointTraitsAsync(ProjectId, new TimeRange(T0, T0.AddHours(3))));

        Assert.Equal((1L, 2L), (traits.Authenticated, traits.Anonymous));
        Assert.Equal(new ThreatCounts(2, 0, 0), traits.Threats);
        var rule = Assert.Single(traits.Rules);
        Assert.Equal(("VG1402", 2L), (rule.RuleId, rule.Count));
        Assert.Equal([1L, 2L, 0L], traits.Hourly);
    }

    [Fact]
    public async Task The_feed_pages_newest_first_and_streams_only_newer_findings_in_order()
    {
        await AppendAsync(Write(T0, threat: ThreatLevel.Low, rule: "VG1202"), Write(T0, threat: ThreatLevel.High, rule: "VG1001"));
        var page = await Queries.FindingsAsync(new FeedQuery(ProjectId));
        await AppendAsync(Write(T0.AddSeconds(1), threat: ThreatLevel.Medium, rule: "VG1002"), Write(T0.AddSeconds(1), threat: ThreatLevel.Low, rule: "VG1204"));

        var newer = await Queries.FindingsAsync(new FeedQuery(ProjectId, ThreatLevel.Medium, AfterSeq: page[0].Seq));

        Assert.Equal(["VG1001", "VG1202"], page.Select(f => f.Finding.RuleId));
        Assert.Equal("VG1002", Assert.Single(newer).Finding.RuleId);
        Assert.Single(await Queries.FindingsAsync(new FeedQuery(ProjectId, Endpoint: "GET /orders/{id}", MinThreat: ThreatLevel.High)));
    }

    [Fact]
    public async Task Upgrading_a_database_folds_its_existing_events_into_the_rollups()
    {
        await AppendAsync(Write(T0, status: 500, threat: ThreatLevel.High, rule: "VG1001", authenticated: true), Write(T0.AddMinutes(1)));
        await using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            await connection.OpenAsync();
            await using var downgrade = connection.CreateCommand();
            downgrade.CommandText = """
                DROP TABLE traffic_minutes; DROP TABLE endpoint_hours; DROP TABLE client_hours; DROP TABLE client_days; DROP TABLE endpoint_traits; DROP TABLE endpoint_rules;
                DROP INDEX ix_events_project_class_ts; DROP INDEX IF EXISTS ix_events_project_client_ts; DROP INDEX ix_events_project_threat_ts; DROP INDEX ix_findings_project_endpoint; DROP INDEX ix_findings_project_seq;
                DROP TABLE specs; DROP TABLE scans; DROP TABLE alert_rules; DROP TABLE masking_rules; DROP TABLE ip_lists; ALTER TABLE events DROP COLUMN client_key;
                ALTER TABLE findings DROP COLUMN message; ALTER TABLE findings DROP COLUMN source_file; ALTER TABLE findings DROP COLUMN source_line;
                DELETE FROM schema_migrations WHERE version >= 3;
                """;
            await downgrade.ExecuteNonQueryAsync();
        }

        await Store.InitializeAsync();

        var range = new TimeRange(T0, T0.AddHours(1));
        var total = (await Queries.TrafficAsync(ProjectId, range, TimeSpan.FromMinutes(1))).Total;
        Assert.Equal((2L, 1L, 1L), (total.Requests, total.ServerErrors, total.Threats.High));
        var traits = Assert.Single(await Queries.EndpointTraitsAsync(ProjectId, range));
        Assert.Equal((1L, 1L), (traits.Authenticated, traits.Anonymous));
    }
}
