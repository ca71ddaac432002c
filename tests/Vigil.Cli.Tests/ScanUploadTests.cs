using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Cli.Scan;
using Vigil.Scan;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class ScanUploadTests
{
    [Fact]
    public async Task The_sample_scanned_and_uploaded_links_a_runtime_finding_on_an_order_to_its_handler()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "Vigil.Samples.QrOrdering");
        var result = new Scanner(TimeProvider.System).Scan(sample, null, CancellationToken.None);
        await using var collector = await CollectorHost.StartAsync();

        var refused = await ScanUpload.SendAsync(ScanUpload.Payload(result, "QrOrdering", sample), collector.BaseAddress.ToString(), collector.ReadKey, null, CancellationToken.None);
        Assert.Null(refused);

        var attack = Exchanges.Get("/api/orders/1001");
        attack.Request.Query = "note=%27%20OR%201%3D1--";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack]));

        var finding = (await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/findings"))
            .GetProperty("findings").EnumerateArray().First(f => f.GetProperty("eventId").GetGuid() == attack.Id);
        var source = finding.GetProperty("source");
        var (file, line) = (source.GetProperty("file").GetString()!, source.GetProperty("line").GetInt32());
        var handler = result.Endpoints.Single(e => e.Route == "/api/orders/{id}" && e.Methods.Contains("GET"));
        Assert.Equal((handler.Source.File, handler.Source.Line), (file, line));
        Assert.False(Path.IsPathRooted(file));
        Assert.True(File.Exists(Path.Combine(sample, file)), file);

        var inventory = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/endpoints");
        var order = inventory.GetProperty("endpoints").EnumerateArray().Single(e => e.GetProperty("route").GetString() == "/api/orders/{id}");
        Assert.Equal(["traffic", "code"], order.GetProperty("sources").EnumerateArray().Select(s => s.GetString()!).ToArray());
        Assert.Equal(handler.Handler, order.GetProperty("handler").GetString());
    }

    [Fact]
    public void The_payload_carries_each_findings_advice_and_each_endpoints_auth_reason_for_the_dashboard()
    {
        var sample = Path.Combine(RepositoryPaths.Root, "samples", "Vigil.Samples.QrOrdering");
        var result = new Scanner(TimeProvider.System).Scan(sample, null, CancellationToken.None);

        var payload = ScanUpload.Payload(result, "QrOrdering", sample);

        var finding = result.Findings.First();
        var sent = payload["findings"]!.AsArray().First(f => f!["ruleId"]!.GetValue<string>() == finding.RuleId)!;
        Assert.Equal(result.Rules.First(r => r.Id == finding.RuleId).HowToFix, sent["howToFix"]!.GetValue<string>());
        Assert.All(payload["endpoints"]!.AsArray(), e => Assert.False(string.IsNullOrEmpty(e!["authReason"]?.GetValue<string>())));
    }

    [Fact]
    public async Task The_command_uploads_and_an_injection_attack_on_the_tainted_handler_is_escalated()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Program.cs"), """
            using Microsoft.Data.SqlClient;
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/search", (string name) =>
            {
                using var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'");
                return Results.Ok();
            });
            app.Run();
            """);
        await using var collector = await CollectorHost.StartAsync();

        var (code, _, stderr) = await CliProcess.RunAsync("scan", folder.Path, "--format", "json", "--upload", collector.BaseAddress.ToString(), "--key", collector.ReadKey);

        Assert.Equal(0, code);
        Assert.Contains("Uploaded 1 endpoints", stderr, StringComparison.Ordinal);
        var attack = Exchanges.Get("/search", route: "/search");
        attack.Request.Query = "name=%27%20OR%201%3D1--";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack]));
        var evt = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>($"v1/events/{attack.Id}");
        var sql = evt.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "VG1001");
        Assert.Equal("high", sql.GetProperty("threat").GetString());
        Assert.Contains("VG4001", sql.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Program.cs", 3), (sql.GetProperty("source").GetProperty("file").GetString(), sql.GetProperty("source").GetProperty("line").GetInt32()));
    }

    [Theory]
    [InlineData("--key", "k", "not-a-url", "http(s) URL")]
    [InlineData("--key", "vg_wrong", "COLLECTOR", "refused the scan (401)")]
    public async Task A_refused_upload_exits_2_saying_why(string keyOption, string key, string url, string expected)
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Program.cs"), "var app = WebApplication.CreateBuilder(args).Build();\napp.MapGet(\"/\", () => 1);\n");
        await using var collector = await CollectorHost.StartAsync();

        var (code, _, stderr) = await CliProcess.RunAsync("scan", folder.Path, "--upload", url == "COLLECTOR" ? collector.BaseAddress.ToString() : url, keyOption, key);

        Assert.Equal(2, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Upload_without_a_key_is_a_usage_error()
    {
        var (code, _, stderr) = await CliProcess.RunAsync("scan", ".", "--upload", "http://localhost:1");

        Assert.NotEqual(0, code);
        Assert.Contains("--upload needs --key", stderr, StringComparison.Ordinal);
    }
}
