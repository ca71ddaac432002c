using System.Text.Json;
using Microsoft.Data.Sqlite;
using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Protocol;

namespace Vigil.Storage.Sqlite.Tests;

/// <summary>The event rows written through the kept native statement (<see cref="EventRowInsert"/>, <see cref="StoredFindings"/>).</summary>
public sealed class EventRowTests : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 12, 0, 0, 123, TimeSpan.FromHours(2));
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("N"));
    private SqliteVigilStore _store = null!;
    private Guid _project;

    public async Task InitializeAsync()
    {
        _store = new SqliteVigilStore(Path.Combine(_folder, "vigil.db"));
        await _store.InitializeAsync();
        _project = (await _store.Projects.GetOrCreateProjectAsync("shop")).Id;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task The_stored_payload_is_the_text_the_serializer_writes()
    {
        var exchange = Exchange(userId: "");
        exchange.Request.Headers["X-Note"] = ["<script>é \u2028 \"quoted\" 😀</script>"];
        exchange.Response.Body = "{\"name\":\"Zoë <b>&amp;</b>\"}";

        await _store.Events.AppendAsync([Write(exchange, [], clientKey: "k1")]);

        var (payload, userId, clientKey, findingsIsNull) = await ReadRowAsync(exchange.Id!.Value);
        Assert.Equal(JsonSerializer.Serialize(exchange, ProtocolJson.Exchange), payload);
        Assert.Equal("", userId); // an empty span would have bound NULL
        Assert.Equal("k1", clientKey);
        Assert.True(findingsIsNull);
    }

    [Fact]
    public async Task Findings_that_share_the_events_id_endpoint_and_time_are_stored_short_and_read_back_whole()
    {
        var exchange = Exchange();
        var findings = new[] { Finding(exchange, "VG1202", "<é>"), Finding(exchange, "VG1204", null) with { Source = new SourceLocation("Orders.cs", 12, 3) } };

        await _store.Events.AppendAsync([Write(exchange, findings)]);

        var text = await ReadFindingsTextAsync(exchange.Id!.Value);
        Assert.StartsWith("{\"shared\":", text, StringComparison.Ordinal);
        Assert.DoesNotContain(exchange.Id.Value.ToString(), text, StringComparison.Ordinal);
        var read = await _store.Events.GetEventAsync(_project, exchange.Id.Value);
        Assert.Equal(findings, read!.Findings);
        Assert.Equal(findings[0].Timestamp.Offset, read.Findings[0].Timestamp.Offset);
    }

    [Fact]
    public async Task Findings_that_differ_from_their_event_are_stored_in_full()
    {
        var exchange = Exchange();
        var findings = new[]
        {
            Finding(exchange, "VG1202", null),
            Finding(exchange, "VG3101", null) with { EventId = null },
            Finding(exchange, "VG1001", null) with { Endpoint = "GET /other" },
            Finding(exchange, "VG1002", null) with { Timestamp = At.ToUniversalTime() }, // the same instant, another offset
        };

        foreach (var finding in findings.Skip(1))
        {
            var other = Exchange();
            var write = Write(other, [Finding(other, "VG1202", null), finding with { EventId = finding.EventId is null ? null : other.Id }]);
            await _store.Events.AppendAsync([write]);

            Assert.StartsWith("[", await ReadFindingsTextAsync(other.Id!.Value), StringComparison.Ordinal);
            Assert.Equal(write.Event.Findings, (await _store.Events.GetEventAsync(_project, other.Id.Value))!.Findings);
        }
    }

    [Fact]
    public async Task A_failed_append_stores_nothing_and_the_next_one_reuses_the_statements()
    {
        var good = Exchange();
        var orphan = new EventWrite(new StoredEvent(Guid.NewGuid(), Exchange(), new EndpointKey("GET", "/orders/{id}"), ThreatLevel.None), []);

        await Assert.ThrowsAsync<SqliteException>(() => _store.Events.AppendAsync([Write(good, [Finding(good, "VG1202", null)]), orphan]));
        var retried = await _store.Events.AppendAsync([Write(good, [Finding(good, "VG1202", null)]), Write(Exchange(), [])]);

        Assert.Equal([true, true], retried.Inserted);
        var endpoint = Assert.Single(await _store.Events.ListEndpointsAsync(_project));
        Assert.Equal(2, endpoint.Requests); // the failed transaction's rollups were rolled back with its rows
        Assert.Equal(2, (await _store.Events.QueryEventsAsync(new EventQuery(_project))).Count);
        Assert.Single((await _store.Events.GetEventAsync(_project, good.Id!.Value))!.Findings);
    }

    [Fact]
    public void The_short_form_covers_every_property_of_a_finding()
    {
        // A property added to Finding must be kept by SharedFinding too, or the short form would drop it.
        var shared = typeof(SharedFinding).GetProperties().Select(p => p.Name).Concat(["EventId", "Endpoint", "Timestamp"]);

        Assert.Equal(typeof(Finding).GetProperties().Select(p => p.Name).Order(), shared.Order());
    }

    private EventWrite Write(CapturedExchange exchange, IReadOnlyList<Finding> findings, string? clientKey = null) =>
        new(new StoredEvent(_project, exchange, new EndpointKey("GET", "/orders/{id}"), ThreatLevel.Low) { Findings = findings, ClientKey = clientKey }, []);

    private static Finding Finding(CapturedExchange exchange, string rule, string? evidence) => new()
    {
        RuleId = rule,
        Title = "Security response headers missing",
        Threat = ThreatLevel.Low,
        EventId = exchange.Id,
        Endpoint = "GET /orders/{id}",
        Location = "response.headers.Strict-Transport-Security",
        Evidence = evidence,
        Message = "HTTPS response without HSTS",
        Timestamp = exchange.Timestamp,
    };

    private static CapturedExchange Exchange(string? userId = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Timestamp = At,
        DurationMs = 4.25,
        Request = new()
        {
            Method = "GET", Scheme = "https", Host = "h", Path = "/orders/7", Route = "/orders/{id}", Protocol = "HTTP/1.1", ClientIp = "10.0.0.1",
            User = userId is null ? null : new CapturedUser { Id = userId },
        },
        Response = new() { Status = 200 },
    };

    private async Task<(string Payload, string? UserId, string? ClientKey, bool FindingsIsNull)> ReadRowAsync(Guid id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, user_id, client_key, findings IS NULL, typeof(payload) FROM events WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal("text", reader.GetString(4));
        return (reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetBoolean(3));
    }

    private async Task<string> ReadFindingsTextAsync(Guid id)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT findings FROM events WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString("D"));
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _store.Path, Pooling = false }.ToString());
        await connection.OpenAsync();
        return connection;
    }
}
