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

    [Fact]
    public async Task A_sql_injection_ingested_while_the_replay_runs_still_alerts()
    {
        await using var collector = await CollectorHost.StartAsync();
        var ingest = collector.Client(collector.IngestKey);
        for (var batch = 0; batch < 6; batch++)
        {
            // Distinct clients, paths 7 apart: a long replay that alerts on nothing itself.
            var quiet = Enumerable.Range(batch * 500, 500).Select(i =>
            {
                var e = Exchanges.Get($"/orders/{5000 + (7 * i)}", route: "/orders/{id}", at: T0.AddMilliseconds(100 * i));
                e.Request.ClientIp = $"10.{i / 250}.{i % 250}.1";
                return e;
            });
            (await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([.. quiet]))).EnsureSuccessStatusCode();
        }

        await collector.RestartAsync();
        var attack = Exchanges.Get("/search", at: T0.AddHours(1));
        attack.Request.ClientIp = "203.0.113.62";
        attack.Request.Query = "q=%27%20OR%20%271%27%3D%271";
        (await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack]))).EnsureSuccessStatusCode();

        // Newest of all, stored while the replay may still be paging: it must not vanish into the replay.
        var alerts = await Eventually.GetAsync(() => AlertsAsync(collector.Client(collector.ReadKey)), a => a.Any(x => x.GetProperty("ruleId").GetString() == "VG1001"));
        Assert.Contains(alerts, a => a.GetProperty("ruleId").GetString() == "VG1001");
    }

    [Fact]
    public async Task A_busy_project_first_in_name_order_leaves_the_others_their_share_of_the_replay()
    {
        var options = new Vigil.Collector.CollectorOptions { Behaviour = new() { MaxWarmupEvents = 200 } };
        await using var collector = await CollectorHost.StartAsync(options);
        var busy = collector.Client(await collector.CreateKeyAsync("busy", Vigil.Storage.KeyScope.Ingest));
        var quiet = Enumerable.Range(0, 300).Select(i =>
        {
            var e = Exchanges.Get($"/items/{i}", route: "/items/{id}", at: T0.AddSeconds(i));
            e.Request.ClientIp = $"10.1.{i / 250}.{i % 250}";
            return e;
        });
        (await TestKit.Ingest.PostAsync(busy, TestKit.Ingest.Json([.. quiet]))).EnsureSuccessStatusCode();
        (await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Hunt(0, 25, "203.0.113.63")))).EnsureSuccessStatusCode();
        Assert.False(Has(await MarkerAsync(collector), "ip:203.0.113.63"));

        await collector.RestartAsync();
        (await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(Hunt(25, 25, "203.0.113.63")))).EnsureSuccessStatusCode();

        // "busy" sorts before "test" and holds 300 events: taking the whole budget of 200 would leave the hunt cold.
        var alerts = await Eventually.GetAsync(() => AlertsAsync(collector.Client(collector.ReadKey)), a => Has(a, "ip:203.0.113.63"));
        Assert.Equal("VG2001", alerts.Single(a => a.GetProperty("subject").GetString() == "ip:203.0.113.63").GetProperty("ruleId").GetString());
    }
}
