using System.Net.Http.Json;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Ingest;

public sealed class FindingFeedTests
{
    [Fact]
    public async Task Repeated_low_findings_reach_the_feed_once_but_every_event_keeps_its_own()
    {
        await using var collector = await CollectorHost.StartAsync();
        var t0 = new DateTimeOffset(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
        var events = Enumerable.Range(0, 50).Select(i => Exchanges.Get($"/orders/{1000 + i}", route: "/orders/{id:int}", at: t0.AddSeconds(i))).ToList();
        var attack = Exchanges.Get("/search", at: t0.AddSeconds(60));
        attack.Request.Query = "q=%27%20OR%20%271%27%3D%271";
        var later = Exchanges.Get("/orders/2000", route: "/orders/{id:int}", at: t0.AddMinutes(30));

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([.. events, attack, later]));

        var read = collector.Client(collector.ReadKey);
        var feed = (await read.GetFromJsonAsync<JsonElement>("v1/findings?limit=1000")).GetProperty("findings").EnumerateArray().ToList();
        var sequential = feed.Where(f => f.GetProperty("ruleId").GetString() == "VG1301").ToList();
        Assert.Equal(2, sequential.Count); // the first at t0 and the one 30 minutes later, not 51
        Assert.Contains(feed, f => f.GetProperty("ruleId").GetString() == "VG1001");

        foreach (var e in new[] { events[0], events[49], later })
        {
            var detail = await read.GetFromJsonAsync<JsonElement>($"v1/events/{e.Id}");
            Assert.Contains(detail.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VG1301");
        }
    }
}
