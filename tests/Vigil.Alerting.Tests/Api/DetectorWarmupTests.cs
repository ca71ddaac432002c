using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Alerting.Tests.Support;
using Vigil.Core.Capture;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests.Api;

/// <summary>Through a real collector restarted over its database: the detectors' windows survive the restart.</summary>
public sealed class DetectorWarmupTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    // Ids 7 apart: only the distinct-id count (40 in 10 minutes) can fire, never the sequential-walk rule.
    private static List<CapturedExchange> Hunt(int from, int count, string ip) =>
        [.. Enumerable.Range(from, count).Select(i =>
        {
            var e = Exchanges.Get($"/orders/{5000 + (7 * i)}", route: "/orders/{id}", at: T0.AddSeconds(5 * i));
            e.Request.ClientIp = ip;
            return e;
        })];

    private static async Task<List<JsonElement>> AlertsAsync(HttpClient read) =>
        [.. (await read.GetFromJsonAsync<JsonElement>("v1/alerts")).GetProperty("alerts").EnumerateArray()];

    private static bool Has(List<JsonElement> alerts, string subject) =>
        alerts.Any(a => a.GetProperty("subject").GetString() == subject);

    /// <summary>A sequential walk that alerts on its own: once its alert shows, every event queued before it was detected.</summary>
    private static async Task<List<JsonElement>> MarkerAsync(CollectorHost collector)
    {
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(AlertApiTests.Walk(30, "198.51.100.99")));
        return await Eventually.GetAsync(() => AlertsAsync(collector.Client(collector.ReadKey)), a => Has(a, "ip:198.51.100.99"));
    }

    [Fact]
    public async Task An_id_hunt_split_across_a_restart_is_still_detected()
    {
        await using var collector = await CollectorHost.StartAsync();
        (await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Hunt(0, 25, "203.0.113.60")))).EnsureSuccessStatusCode();
        Assert.False(Has(await MarkerAsync(collector), "ip:203.0.113.60"));

        await collector.RestartAsync();
        (await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Hunt(25, 25, "203.0.113.60")))).EnsureSuccessStatusCode();

        // 25 + 25 distinct ids: each half is below the threshold of 40, only the two together reach it.
        var alerts = await Eventually.GetAsync(() => AlertsAsync(collector.Client(collector.ReadKey)), a => Has(a, "ip:203.0.113.60"));
        Assert.Equal("VG2001", alerts.Single(a => a.GetProperty("subject").GetString() == "ip:203.0.113.60").GetProperty("ruleId").GetString());
    }

    [Fact]
    public async Task A_restart_replays_an_alerted_attack_without_alerting_or_counting_it_again()
    {
        await using var collector = await CollectorHost.StartAsync();
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Hunt(0, 45, "203.0.113.61")));
        var before = await Eventually.GetAsync(() => AlertsAsync(collector.Client(collector.ReadKey)), a => Has(a, "ip:203.0.113.61"));
        var alert = before.Single(a => a.GetProperty("subject").GetString() == "ip:203.0.113.61");

        await collector.RestartAsync();
        var after = await MarkerAsync(collector);

        Assert.Equal(2, after.Count); // the hunt's alert and the marker's: the replay re-detecting the hunt added none
        var again = after.Single(a => a.GetProperty("subject").GetString() == "ip:203.0.113.61");
        Assert.Equal(alert.GetProperty("id").GetString(), again.GetProperty("id").GetString());
        Assert.Equal(alert.GetProperty("findings").GetInt32(), again.GetProperty("findings").GetInt32());
    }
}
