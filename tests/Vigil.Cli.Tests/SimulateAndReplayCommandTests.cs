using System.Text;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class SimulateAndReplayCommandTests
{
    // A JSON-lines capture: one address walking /orders/1..60, a second apart, with an API key it should never print.
    private static string Walk(int count)
    {
        var sb = new StringBuilder();
        var t0 = new DateTimeOffset(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            sb.Append("{\"timestamp\":\"").Append(t0.AddSeconds(i).ToString("O")).Append("\",\"durationMs\":4,\"request\":{\"method\":\"GET\",\"scheme\":\"https\",")
              .Append("\"host\":\"api.example.com\",\"path\":\"/orders/").Append(1000 + i).Append("\",\"route\":\"/orders/{id}\",\"query\":\"\",\"protocol\":\"HTTP/1.1\",")
              .Append("\"clientIp\":\"198.51.100.66\",\"headers\":{\"X-Api-Key\":\"sk_live_replaysecret123\"}},")
              .Append("\"response\":{\"status\":200,\"headers\":{\"Content-Type\":\"application/json\"},\"body\":\"{\\\"id\\\":1}\"}}\n");
        }

        return sb.ToString();
    }

    [Fact]
    public async Task Inspect_replays_the_detectors_on_the_captures_own_timestamps()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("walk.jsonl");
        await File.WriteAllTextAsync(capture, Walk(60));

        var (code, stdout, stderr) = await CliProcess.RunAsync("inspect", capture, "--format", "json");

        Assert.Equal(0, code);
        var findings = JsonDocument.Parse(stdout).RootElement.GetProperty("findings").EnumerateArray().ToList();
        var walk = Assert.Single(findings, f => f.GetProperty("ruleId").GetString() == "VG2001");
        Assert.StartsWith("key:", walk.GetProperty("location").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("sk_live_replaysecret123", stdout + stderr, StringComparison.Ordinal);

        var (_, plain, _) = await CliProcess.RunAsync("inspect", capture, "--format", "json", "--no-behaviour");
        Assert.DoesNotContain("VG2001", plain, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_scores_each_scenario_as_json_with_stable_names()
    {
        var (code, stdout, _) = await CliProcess.RunAsync("simulate", "--scenario", "stuffing", "--scenario", "stolen-key", "--warmup-minutes", "1", "--rate", "20", "--format", "json");

        Assert.Equal(0, code);
        var root = JsonDocument.Parse(stdout).RootElement;
        var scenarios = root.GetProperty("scenarios").EnumerateArray().ToList();
        Assert.Equal(["stuffing", "stolen-key"], scenarios.Select(s => s.GetProperty("name").GetString()));
        Assert.All(scenarios, s => Assert.True(s.GetProperty("detected").GetBoolean()));
        Assert.All(scenarios, s => Assert.InRange(s.GetProperty("timeToAlertSeconds").GetDouble(), 0, 10));
        Assert.Equal(["VG2003", "VG2006"], scenarios.Select(s => s.GetProperty("detectedBy").GetString()));
        Assert.True(root.GetProperty("events").GetInt32() > 1000);
    }

    [Fact]
    public async Task Simulate_rejects_bad_arguments_with_advice()
    {
        var (unknown, _, error) = await CliProcess.RunAsync("simulate", "--scenario", "teleport");
        Assert.Equal(2, unknown);
        Assert.Contains("enumeration", error, StringComparison.Ordinal);

        var (noKey, _, keyError) = await CliProcess.RunAsync("simulate", "--collector", "http://127.0.0.1:9");
        Assert.Equal(2, noKey);
        Assert.Contains("ingest key", keyError, StringComparison.Ordinal);

        var (badUrl, _, urlError) = await CliProcess.RunAsync("simulate", "--collector", "file:///etc", "--key", "k");
        Assert.Equal(2, badUrl);
        Assert.Contains("http", urlError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulate_live_sends_to_a_real_collector_and_alerts_appear()
    {
        await using var collector = await CollectorHost.StartAsync();

        var (code, stdout, stderr) = await CliProcess.RunAsync(
            "simulate", "--collector", collector.BaseAddress.ToString(), "--key", collector.IngestKey, "--scenario", "stuffing", "--warmup-minutes", "0", "--rate", "5");

        Assert.True(code == 0, stderr);
        Assert.Contains("Sent", stdout, StringComparison.Ordinal);
        var read = collector.Client(collector.ReadKey);
        var alerts = JsonDocument.Parse(await read.GetStringAsync("v1/alerts")).RootElement.GetProperty("alerts").EnumerateArray();
        Assert.Contains(alerts, a => a.GetProperty("ruleId").GetString() == "VG2003");
    }
}
