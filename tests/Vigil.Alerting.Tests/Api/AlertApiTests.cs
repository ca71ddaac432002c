using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Alerting.Tests.Support;
using Vigil.Core.Capture;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests.Api;

/// <summary>Through a real collector: ingest → detect off the ingest path → alert → API lifecycle.</summary>
public sealed class AlertApiTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 11, 0, 0, TimeSpan.Zero);

    internal static List<CapturedExchange> Walk(int count, string ip = "203.0.113.50") =>
        [.. Enumerable.Range(0, count).Select(i =>
        {
            var e = Exchanges.Get($"/orders/{1001 + i}", route: "/orders/{id}", at: T0.AddSeconds(i));
            e.Request.ClientIp = ip;
            return e;
        })];

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient read, string query = "") =>
        [.. (await read.GetFromJsonAsync<JsonElement>("v1/alerts" + query)).GetProperty("alerts").EnumerateArray()];

    [Fact]
    public async Task An_id_walk_becomes_one_alert_that_can_be_acknowledged_and_resolved()
    {
        await using var collector = await CollectorHost.StartAsync();
        var ingest = collector.Client(collector.IngestKey);
        var read = collector.Client(collector.ReadKey);

        var walk = Walk(200);
        for (var i = 0; i < walk.Count; i += 50)
        {
            (await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json(walk.Skip(i).Take(50)))).EnsureSuccessStatusCode();
        }

        var alerts = await Eventually.GetAsync(() => AlertsAsync(read), a => a.Any(x => x.GetProperty("ruleId").GetString() == "VG2001"));
        var alert = Assert.Single(alerts, a => a.GetProperty("ruleId").GetString() == "VG2001");
        Assert.Equal("open", alert.GetProperty("status").GetString());
        Assert.Equal("high", alert.GetProperty("threat").GetString());
        Assert.Equal("ip:203.0.113.50", alert.GetProperty("subject").GetString());
        Assert.Equal("behaviour", alert.GetProperty("alertRule").GetString());
        var id = alert.GetProperty("id").GetString();

        var acked = await (await read.PostAsync($"v1/alerts/{id}/ack", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("acknowledged", acked.GetProperty("status").GetString());
        Assert.Single(await AlertsAsync(read, "?status=acknowledged"));

        var resolved = await (await read.PostAsync($"v1/alerts/{id}/resolve", null)).Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("resolved", resolved.GetProperty("status").GetString());
        Assert.True(resolved.TryGetProperty("resolvedAt", out _));
        Assert.Empty(await AlertsAsync(read, "?status=open"));
    }

    [Fact]
    public async Task A_detection_backlog_never_slows_or_fails_ingest()
    {
        // A queue of 10 events for detection: nearly everything skips it, and ingest does not notice.
        await using var collector = await CollectorHost.StartAsync(new Collector.CollectorOptions { MaxBehaviourBacklog = 10 });
        var ingest = collector.Client(collector.IngestKey);
        for (var i = 0; i < 10; i++)
        {
            var response = await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json(Walk(200, $"203.0.113.{i}")));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }

        var stored = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/events?limit=1000");
        Assert.Equal(1000, stored.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task Alerts_and_their_state_survive_a_restart()
    {
        await using var collector = await CollectorHost.StartAsync();
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Walk(60)));
        var read = collector.Client(collector.ReadKey);
        var alert = (await Eventually.GetAsync(() => AlertsAsync(read), a => a.Count > 0))[0];
        await read.PostAsync($"v1/alerts/{alert.GetProperty("id").GetString()}/ack", null);

        await collector.RestartAsync();

        var after = Assert.Single(await AlertsAsync(collector.Client(collector.ReadKey)));
        Assert.Equal(alert.GetProperty("id").GetString(), after.GetProperty("id").GetString());
        Assert.Equal("acknowledged", after.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Bad_requests_get_problems_and_other_projects_see_nothing()
    {
        await using var collector = await CollectorHost.StartAsync();
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Walk(60)));
        var read = collector.Client(collector.ReadKey);
        var alert = (await Eventually.GetAsync(() => AlertsAsync(read), a => a.Count > 0))[0];

        Assert.Equal(HttpStatusCode.BadRequest, (await read.GetAsync("v1/alerts?status=closed")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await read.GetAsync("v1/alerts?status=1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await read.PostAsync("v1/alerts/not-a-uuid/ack", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await read.PostAsync($"v1/alerts/{Guid.NewGuid()}/resolve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await collector.Client(collector.IngestKey).GetAsync("v1/alerts")).StatusCode);

        var other = collector.Client(await collector.CreateKeyAsync("other", Storage.KeyScope.Read));
        Assert.Empty(await AlertsAsync(other));
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"v1/alerts/{alert.GetProperty("id").GetString()}/ack", null)).StatusCode);
    }
}
