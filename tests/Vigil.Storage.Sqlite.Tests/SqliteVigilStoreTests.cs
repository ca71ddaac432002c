using Microsoft.Data.Sqlite;
using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Sqlite.Tests;

public sealed class SqliteVigilStoreTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("N"));
    private SqliteVigilStore _store = null!;

    private string DbPath => Path.Combine(_folder, "nested", "vigil.db");

    public async Task InitializeAsync()
    {
        _store = new SqliteVigilStore(DbPath);
        await _store.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void Migrations_are_numbered_densely_in_the_order_they_run()
    {
        // A gap or a reordering (two branches merged with their own numbers) would make an upgraded database
        // skip a migration for ever: the runner applies only versions above the current one.
        var versions = Vigil.Storage.Sqlite.Migrations.MigrationRunner.All.Select(m => m.Version).ToList();

        Assert.Equal(Enumerable.Range(1, versions.Count), versions);
    }

    [Fact]
    public async Task The_shared_findings_form_comes_with_a_schema_step_older_Vigils_refuse()
    {
        // A Vigil at schema 10 cannot read events.findings in the {"shared":[...]} form: it must stop at start-up
        // ("newer than this Vigil understands"), not answer 500 on every events read.
        await using var connection = new SqliteConnection($"Data Source={DbPath}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT name FROM schema_migrations WHERE version = 11";

        Assert.Equal("shared_findings_form", await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Initialising_twice_keeps_data_and_schema()
    {
        var project = await _store.Projects.GetOrCreateProjectAsync("shop");

        await using var again = new SqliteVigilStore(DbPath);
        await again.InitializeAsync();

        Assert.Equal(project.Id, (await again.Projects.FindProjectAsync("shop"))!.Id);
    }

    [Fact]
    public async Task A_database_whose_history_names_other_migrations_is_refused_with_advice()
    {
        await using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_migrations SET name = 'specs' WHERE version = 3";
            await command.ExecuteNonQueryAsync();
        }

        await using var store = new SqliteVigilStore(DbPath);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync());

        Assert.Contains("different (pre-release) build", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_from_a_newer_vigil_is_refused_with_advice()
    {
        await using (var connection = new SqliteConnection($"Data Source={DbPath}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'future', 0)";
            await command.ExecuteNonQueryAsync();
        }

        await using var store = new SqliteVigilStore(DbPath);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => store.InitializeAsync());
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_are_found_by_hash_and_revoked_by_prefix()
    {
        var project = await _store.Projects.GetOrCreateProjectAsync("shop");
        var key = await _store.Projects.AddKeyAsync(project.Id, KeyScope.Read, "hash-1", "vgl_r_abcdef", "ci");

        Assert.Equal(key.Id, (await _store.Projects.FindKeyByHashAsync("hash-1"))!.Id);
        Assert.True(await _store.Projects.RevokeKeyAsync(project.Id, "vgl_r_abcdef"));
        Assert.NotNull((await _store.Projects.FindKeyByHashAsync("hash-1"))!.RevokedAt);
        Assert.False(await _store.Projects.RevokeKeyAsync(project.Id, "vgl_r_abcdef"));
    }

    [Fact]
    public async Task Users_are_unique_case_insensitively()
    {
        await _store.Users.AddUserAsync("Admin", "h1");

        Assert.True(await _store.Users.AnyUserAsync());
        Assert.Equal("h1", (await _store.Users.FindUserAsync("admin"))!.PasswordHash);
        await Assert.ThrowsAsync<SqliteException>(() => _store.Users.AddUserAsync("ADMIN", "h2"));
        Assert.True(await _store.Users.SetPasswordHashAsync("admin", "h3"));
        Assert.Equal("h3", (await _store.Users.FindUserAsync("Admin"))!.PasswordHash);
    }

    [Fact]
    public async Task Appended_events_findings_and_stats_are_consistent()
    {
        var project = await _store.Projects.GetOrCreateProjectAsync("shop");
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var writes = Enumerable.Range(0, 10).Select(i =>
        {
            var e = Event(at.AddSeconds(i), i == 9 ? 503 : 200);
            var finding = new Finding { RuleId = "VG1001", Title = "t", Threat = ThreatLevel.High, EventId = e.Id, Endpoint = "GET /a/{id}", Timestamp = e.Timestamp, Source = new SourceLocation("f", 3, 4) };
            var stored = new StoredEvent(project.Id, e, new EndpointKey("GET", "/a/{id}"), ThreatLevel.High) { Findings = [finding] };
            return new EventWrite(stored, i == 0 ? [finding] : []);
        }).ToList();

        var first = await _store.Events.AppendAsync(writes);
        var second = await _store.Events.AppendAsync(writes);

        Assert.Equal(10, first.Added);
        Assert.Equal(0, second.Added);
        Assert.All(second.Inserted, Assert.False);
        var stats = Assert.Single(await _store.Events.ListEndpointsAsync(project.Id));
        Assert.Equal(10, stats.Requests);
        Assert.Equal(1, stats.ServerErrors);
        Assert.Equal(at, stats.FirstSeen);
        Assert.Equal(at.AddSeconds(9), stats.LastSeen);
        var finding = Assert.Single(await _store.Events.QueryFindingsAsync(new FindingQuery(project.Id)));
        Assert.Equal(writes[0].Event.Id, finding.EventId);
        var newest = await _store.Events.QueryEventsAsync(new EventQuery(project.Id, Limit: 3));
        Assert.Equal([writes[9].Event.Id, writes[8].Event.Id, writes[7].Event.Id], newest.Select(e => e.Id));
        Assert.Equal(ThreatLevel.High, newest[0].Threat);
        var kept = Assert.Single(newest[0].Findings);
        Assert.Equal(("VG1001", ThreatLevel.High, new SourceLocation("f", 3, 4)), (kept.RuleId, kept.Threat, kept.Source));
    }

    [Fact]
    public async Task The_same_event_id_in_two_projects_is_two_events()
    {
        var a = await _store.Projects.GetOrCreateProjectAsync("a");
        var b = await _store.Projects.GetOrCreateProjectAsync("b");
        var e = Event(DateTimeOffset.UnixEpoch.AddYears(50), 200);

        var first = await _store.Events.AppendAsync([new EventWrite(new StoredEvent(a.Id, e, new EndpointKey("GET", "/a"), ThreatLevel.None), [])]);
        var second = await _store.Events.AppendAsync([new EventWrite(new StoredEvent(b.Id, e, new EndpointKey("GET", "/a"), ThreatLevel.None), [])]);

        Assert.Equal(1, first.Added);
        Assert.Equal(1, second.Added);
        Assert.NotNull(await _store.Events.GetEventAsync(b.Id, e.Id!.Value));
    }

    [Fact]
    public async Task A_repeated_id_inside_one_append_is_stored_once_and_reported_per_write()
    {
        var project = await _store.Projects.GetOrCreateProjectAsync("shop");
        var e = Event(DateTimeOffset.UnixEpoch.AddYears(50), 200);
        var write = new EventWrite(new StoredEvent(project.Id, e, new EndpointKey("GET", "/a"), ThreatLevel.None), []);

        var result = await _store.Events.AppendAsync([write, write]);

        Assert.Equal([true, false], result.Inserted);
        Assert.Equal(1, Assert.Single(await _store.Events.ListEndpointsAsync(project.Id)).Requests);
    }

    [Fact]
    public async Task The_endpoint_inventory_is_bounded_per_project()
    {
        var project = await _store.Projects.GetOrCreateProjectAsync("shop");
        var at = DateTimeOffset.UnixEpoch.AddYears(50);
        var writes = Enumerable.Range(0, EndpointStatsAccumulator.MaxEndpointsPerProject + 50)
            .Select(i => new EventWrite(new StoredEvent(project.Id, Event(at, 404), new EndpointKey("GET", $"/wp-{i}"), ThreatLevel.None), []))
            .ToList();

        await _store.Events.AppendAsync(writes);

        var endpoints = await _store.Events.ListEndpointsAsync(project.Id);
        Assert.Equal(EndpointStatsAccumulator.MaxEndpointsPerProject + 1, endpoints.Count);
        Assert.Equal(50, endpoints.Single(e => e.Endpoint.Route == EndpointStatsAccumulator.OverflowRoute).Requests);
    }

    [Fact]
    public async Task A_scanner_filling_the_inventory_does_not_hide_the_applications_own_routes()
    {
        var project = await _store.Projects.GetOrCreateProjectAsync("shop");
        var at = DateTimeOffset.UnixEpoch.AddYears(50);
        var scan = Enumerable.Range(0, EndpointStatsAccumulator.MaxEndpointsPerProject + 10)
            .Select(i => new EventWrite(new StoredEvent(project.Id, Event(at, 404), new EndpointKey("GET", $"/probe-{i}/admin.php"), ThreatLevel.None), []))
            .ToList();
        await _store.Events.AppendAsync(scan);

        var refund = Event(at.AddMinutes(1), 200);
        refund.Request = new() { Method = "POST", Scheme = "https", Host = "h", Path = "/api/payments/refund", Route = "/api/payments/refund", Protocol = "HTTP/1.1", ClientIp = "10.0.0.1" };
        await _store.Events.AppendAsync([new EventWrite(new StoredEvent(project.Id, refund, new EndpointKey("POST", "/api/payments/refund"), ThreatLevel.None), [])]);

        var endpoints = await _store.Events.ListEndpointsAsync(project.Id);
        Assert.Contains(endpoints, e => e.Endpoint == new EndpointKey("POST", "/api/payments/refund") && e.Requests == 1);
        Assert.Equal(10, endpoints.Single(e => e.Endpoint.Route == EndpointStatsAccumulator.OverflowRoute).Requests);
    }

    private static CapturedExchange Event(DateTimeOffset at, int status) => new()
    {
        Id = Guid.NewGuid(),
        Timestamp = at,
        DurationMs = 5,
        Request = new() { Method = "GET", Scheme = "https", Host = "h", Path = "/a/1", Protocol = "HTTP/1.1", ClientIp = "10.0.0.1" },
        Response = new() { Status = status },
    };
}
