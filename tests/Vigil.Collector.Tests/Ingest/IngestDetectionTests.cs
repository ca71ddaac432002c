using System.Net.Http.Json;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Ingest;

public sealed class IngestDetectionTests
{
    [Fact]
    public async Task Ingested_events_carry_their_findings_and_threat_with_masked_evidence()
    {
        await using var collector = await CollectorHost.StartAsync();
        var attack = Exchanges.Get("/fetch");
        attack.Request.Query = "url=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F&api_key=sk_live_51Hq8V2Lk3jD9sXyZ";
        var benign = Exchanges.Get("/health");
        benign.Request.Headers["Authorization"] = ["Bearer ****"];
        benign.Response.Headers["RateLimit-Limit"] = ["100"];
        benign.Response.Headers["Strict-Transport-Security"] = ["max-age=1"];
        benign.Response.Headers["X-Content-Type-Options"] = ["nosniff"];

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack, benign]));

        var read = collector.Client(collector.ReadKey);
        var stored = await read.GetFromJsonAsync<JsonElement>($"v1/events/{attack.Id}");
        Assert.Equal("high", stored.GetProperty("threat").GetString());
        var findings = stored.GetProperty("findings").EnumerateArray().ToList();
        var ssrf = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "VG1008");
        Assert.Equal("query.url", ssrf.GetProperty("location").GetString());
        Assert.Equal("GET /fetch", ssrf.GetProperty("endpoint").GetString());
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "VG1103");
        Assert.DoesNotContain("sk_live_51Hq8V2Lk3jD9sXyZ", stored.GetRawText(), StringComparison.Ordinal);

        var clean = await read.GetFromJsonAsync<JsonElement>($"v1/events/{benign.Id}");
        Assert.Equal("none", clean.GetProperty("threat").GetString());

        var all = await read.GetFromJsonAsync<JsonElement>("v1/findings");
        Assert.Contains(all.GetProperty("findings").EnumerateArray(), f => f.GetProperty("eventId").GetString() == attack.Id.ToString());
    }
}
