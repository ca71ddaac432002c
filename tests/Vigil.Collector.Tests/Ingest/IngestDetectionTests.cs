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

    [Fact]
    public async Task Secrets_under_sensitive_names_never_reach_finding_evidence_even_when_they_carry_an_attack()
    {
        await using var collector = await CollectorHost.StartAsync();
        var attack = Exchanges.Get("/login");
        attack.Request.Query = "api_key=Zx9%27%20UNION%20SELECT%20password%20FROM%20users--&q=1%27%20OR%20%271%27%3D%271";
        attack.Request.Headers["X-Api-Key"] = ["k7' OR 1=1--"];

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack]));

        var stored = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>($"v1/events/{attack.Id}");
        var findings = stored.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("location").GetString() == "query.q");
        Assert.Contains(findings, f => f.GetProperty("location").GetString() == "query.api_key" && f.GetProperty("evidence").GetString() == "****");
        Assert.DoesNotContain("Zx9", stored.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("k7'", stored.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("k7\\u0027", stored.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_endpoint_named_from_a_raw_path_never_carries_a_token()
    {
        await using var collector = await CollectorHost.StartAsync();
        var magic = Exchanges.Get("/auth/magic/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJlc2lnbmF0dXJl");

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([magic]));

        var endpoints = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/endpoints");
        Assert.DoesNotContain("eyJ", endpoints.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("/auth/magic/", endpoints.GetRawText(), StringComparison.Ordinal);
    }
}
