using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Cli.Demo;
using Vigil.Samples.QrOrdering;
using Vigil.TestKit;

namespace Vigil.Cli.Tests.Demo;

/// <summary>
/// The demo's attacks go through the sample API: the sample's SDK captures them (its server info, the attacker's
/// forwarded address) and the collector alerts on them, each with its expected detector.
/// </summary>
public sealed class SampleAttacksTests
{
    [Fact]
    public async Task Every_demo_attack_goes_through_the_sample_and_raises_its_alert()
    {
        await using var collector = await CollectorHost.StartAsync();
        var sample = QrOrderingApp.Build(["--urls", "http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning"], vigil =>
        {
            vigil.Endpoint = collector.BaseAddress.ToString();
            vigil.ApiKey = collector.IngestKey;
            vigil.TrustedProxies = ["127.0.0.1"];
        });
        await sample.StartAsync();
        try
        {
            await SampleAttacks.RunAsync(new Uri(sample.Urls.First()), TimeSpan.Zero, CancellationToken.None);
        }
        finally
        {
            await sample.StopAsync(); // flushes the SDK's queue to the collector
            await sample.DisposeAsync();
        }

        var read = collector.Client(collector.ReadKey);
        var expected = SampleAttacks.All.Select(a => a.ExpectedRule).ToHashSet();
        var alerts = await PollAsync(read, "v1/alerts", "alerts", a => expected.IsSubsetOf(a.Select(x => x.GetProperty("ruleId").GetString()!)));
        Assert.Contains(alerts, a => a.GetProperty("ruleId").GetString() == "VG2001" && a.GetProperty("subject").GetString() == "ip:198.51.100.66");
        Assert.Contains(alerts, a => a.GetProperty("ruleId").GetString() == "VG2003" && a.GetProperty("subject").GetString() == "ip:203.0.113.99");

        // Captured by the sample's SDK, not posted to the collector by a simulator.
        var events = (await read.GetFromJsonAsync<JsonElement>("v1/events?limit=1000")).GetProperty("events").EnumerateArray().ToList();
        var walk = events.Where(e => e.GetProperty("request").GetProperty("path").GetString()!.StartsWith("/api/orders/10", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(walk);
        Assert.All(walk, e => Assert.StartsWith("Vigil.AspNetCore", e.GetProperty("server").GetProperty("sdk").GetString(), StringComparison.Ordinal));
    }

    private static async Task<List<JsonElement>> PollAsync(HttpClient read, string path, string property, Func<List<JsonElement>, bool> done)
    {
        List<JsonElement> items = [];
        for (var attempt = 0; attempt < 300 && !done(items); attempt++)
        {
            await Task.Delay(100);
            items = [.. (await read.GetFromJsonAsync<JsonElement>(path)).GetProperty(property).EnumerateArray()];
        }

        Assert.True(done(items), $"not all expected alerts appeared: {string.Join(", ", items.Select(i => i.GetProperty("ruleId").GetString()))}");
        return items;
    }
}
