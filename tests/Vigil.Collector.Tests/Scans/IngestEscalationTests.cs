using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Scans;

/// <summary>Linking and escalation happen at ingest, so what is stored — and what alert rules see — is already high.</summary>
public sealed class IngestEscalationTests
{
    // The scan of ScanUploadTests plus a missing-authorization finding (CWE-306) on GET /search.
    private static readonly string Scan = ScanUploadTests.Scan.Replace(
        "\"findings\": [",
        "\"findings\": [{\"ruleId\": \"VG4101\", \"title\": \"Endpoint without authorization\", \"threat\": \"medium\", \"cwe\": \"CWE-306\", \"endpoint\": \"GET /search\", \"file\": \"Program.cs\", \"line\": 7},",
        StringComparison.Ordinal);

    [Fact]
    public async Task An_sql_injection_attempt_on_a_handler_with_sql_taint_is_stored_high_with_its_source_and_alerts()
    {
        await using var collector = await StartWithScanAsync();
        var attack = Exchanges.Get("/search", route: "/search");
        attack.Request.Query = "name=%27%20OR%201%3D1--";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack]));
        var read = collector.Client(collector.ReadKey);

        var evt = await read.GetFromJsonAsync<JsonElement>($"v1/events/{attack.Id}");
        var sql = evt.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "VG1001");
        Assert.Equal("high", sql.GetProperty("threat").GetString());
        Assert.Equal(("Program.cs", 7), (sql.GetProperty("source").GetProperty("file").GetString(), sql.GetProperty("source").GetProperty("line").GetInt32()));
        Assert.StartsWith("Escalated to high: the source scan found VG4001", sql.GetProperty("message").GetString(), StringComparison.Ordinal);

        var alert = await AlertAsync(read, "VG1001");
        Assert.Equal(("high-threat", "high", "GET /search"), (alert.GetProperty("alertRule").GetString(), alert.GetProperty("threat").GetString(), alert.GetProperty("endpoint").GetString()));
    }

    [Fact]
    public async Task A_low_finding_matching_a_code_weakness_is_stored_high_so_the_high_threat_rule_alerts()
    {
        await using var collector = await StartWithScanAsync();
        // Data returned without credentials (VG1101, low) on a handler the scan found has no authorization (CWE-306)…
        var open = Exchanges.Get("/search", route: "/search");
        // …and the same on a handler without that code finding: linked, still low.
        var other = Exchanges.Get("/orders/7", route: "/orders/{id:int}");
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([open, other]));
        var read = collector.Client(collector.ReadKey);

        var findings = (await read.GetFromJsonAsync<JsonElement>("v1/findings")).GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString() == "VG1101").ToList();
        var onSearch = findings.Single(f => f.GetProperty("eventId").GetGuid() == open.Id);
        var onOrders = findings.Single(f => f.GetProperty("eventId").GetGuid() == other.Id);
        Assert.Equal(("high", "low"), (onSearch.GetProperty("threat").GetString(), onOrders.GetProperty("threat").GetString()));
        Assert.Equal(21, onOrders.GetProperty("source").GetProperty("line").GetInt32());
        Assert.False(onOrders.TryGetProperty("message", out _));
        Assert.Equal("high", (await read.GetFromJsonAsync<JsonElement>($"v1/events/{open.Id}")).GetProperty("threat").GetString());

        var alert = await AlertAsync(read, "VG1101");
        Assert.Equal(("high-threat", "GET /search"), (alert.GetProperty("alertRule").GetString(), alert.GetProperty("endpoint").GetString()));
    }

    private static async Task<CollectorHost> StartWithScanAsync()
    {
        var collector = await CollectorHost.StartAsync();
        (await collector.Client(collector.ReadKey).PostAsync("v1/scans", new StringContent(Scan, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();
        return collector;
    }

    // Alerts are raised off the ingest path (BehaviourPipeline), so poll for a bounded time.
    private static async Task<JsonElement> AlertAsync(HttpClient read, string ruleId)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            var alerts = (await read.GetFromJsonAsync<JsonElement>("v1/alerts")).GetProperty("alerts").EnumerateArray().ToList();
            if (alerts.FirstOrDefault(a => a.GetProperty("ruleId").GetString() == ruleId) is { ValueKind: JsonValueKind.Object } found)
            {
                return found;
            }

            await Task.Delay(100);
        }

        Assert.Fail($"no {ruleId} alert within 20 s");
        return default;
    }
}
