using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class InspectAndRulesCommandTests
{
    private const string Line =
        """{"timestamp":"2026-11-21T10:00:00Z","durationMs":4,"request":{"method":"GET","scheme":"https","host":"api.example.com","path":"/fetch","query":"url=http%3A%2F%2F169.254.169.254%2Flatest%2F&api_key=sk_live_abcdef123456","protocol":"HTTP/1.1","clientIp":"","headers":{}},"response":{"status":200,"headers":{"Content-Type":"application/json"},"body":"{}"}}""";

    [Fact]
    public async Task Inspect_json_names_events_by_line_and_never_prints_the_secret()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("capture.jsonl");
        await File.WriteAllTextAsync(capture, Line + "\n\nnot json\n" + Line + "\n");

        var (code, stdout, stderr) = await CliProcess.RunAsync("inspect", capture, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal(2, doc.RootElement.GetProperty("events").GetInt32());
        var ssrf = doc.RootElement.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "VG1008").ToList();
        Assert.Equal([1, 4], ssrf.Select(f => f.GetProperty("eventId").GetInt32()));
        Assert.All(ssrf, f => Assert.Equal("query.url", f.GetProperty("location").GetString()));
        Assert.DoesNotContain("sk_live_abcdef123456", stdout, StringComparison.Ordinal);
        Assert.Contains("line 3", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_reports_an_accepted_alg_none_jwt_and_never_prints_the_token()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("jwt.jsonl");
        var token = System.Buffers.Text.Base64Url.EncodeToString("{\"alg\":\"none\"}"u8) + "."
            + System.Buffers.Text.Base64Url.EncodeToString("{\"sub\":\"root-5521\",\"iat\":1700000000}"u8) + ".";
        var line = Line.Replace("\"headers\":{}", "\"headers\":{\"Authorization\":\"Bearer " + token + "\"}", StringComparison.Ordinal);
        await File.WriteAllTextAsync(capture, line + "\n");

        var (code, stdout, stderr) = await CliProcess.RunAsync("inspect", capture, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Contains(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VG1105");
        Assert.DoesNotContain(token.Split('.')[1], stdout + stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("root-5521", stdout + stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inspect_with_an_ip_list_reports_listed_clients_by_the_lists_category()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("capture.jsonl");
        await File.WriteAllTextAsync(capture, Line.Replace("\"clientIp\":\"\"", "\"clientIp\":\"185.220.101.4\"", StringComparison.Ordinal) + "\n");
        var tor = folder.File("tor.txt");
        await File.WriteAllTextAsync(tor, "# exits\n185.220.101.0/24\n");

        var (code, stdout, _) = await CliProcess.RunAsync("inspect", capture, "--format", "json", "--ip-list", tor);

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var listed = Assert.Single(doc.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VG1501");
        Assert.Contains("tor", listed.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_ip_list_stops_inspect_naming_every_bad_line()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("capture.jsonl");
        await File.WriteAllTextAsync(capture, Line + "\n");
        var deny = folder.File("deny.txt");
        await File.WriteAllTextAsync(deny, "10.0.0.1\nbad-host\n10.0.0.0/40\n");

        var (code, stdout, stderr) = await CliProcess.RunAsync("inspect", capture, "--ip-list", deny);

        Assert.Equal(2, code);
        Assert.Contains("deny.txt:2:", stderr, StringComparison.Ordinal);
        Assert.Contains("deny.txt:3:", stderr, StringComparison.Ordinal);
        Assert.Equal("", stdout);
    }

    [Fact]
    public async Task Inspect_sarif_is_version_2_1_0_with_rules_and_located_results()
    {
        using var folder = new TempDirectory();
        var capture = folder.File("capture.jsonl");
        await File.WriteAllTextAsync(capture, Line + "\n");

        var (code, stdout, _) = await CliProcess.RunAsync("inspect", capture, "--format", "sarif");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        var run = doc.RootElement.GetProperty("runs")[0];
        Assert.Contains(run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray(), r => r.GetProperty("id").GetString() == "VG1008");
        var result = run.GetProperty("results").EnumerateArray().First(r => r.GetProperty("ruleId").GetString() == "VG1008");
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal(1, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
    }

    [Fact]
    public async Task Inspect_refuses_missing_files_and_unknown_formats_with_a_sentence()
    {
        var missing = await CliProcess.RunAsync("inspect", "/nonexistent/capture.har");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("No such file", missing.Stderr, StringComparison.Ordinal);

        using var folder = new TempDirectory();
        var capture = folder.File("c.jsonl");
        await File.WriteAllTextAsync(capture, Line);
        var badFormat = await CliProcess.RunAsync("inspect", capture, "--format", "xml");
        Assert.NotEqual(0, badFormat.ExitCode);
        Assert.Contains("text, json, sarif, md", badFormat.Stdout + badFormat.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rules_json_lists_every_rule_with_its_metadata()
    {
        var (code, stdout, _) = await CliProcess.RunAsync("rules", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var rules = doc.RootElement.GetProperty("rules").EnumerateArray().ToList();
        Assert.True(rules.Count >= 12);
        Assert.All(rules, r =>
        {
            Assert.StartsWith("VG", r.GetProperty("id").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(r.GetProperty("howToFix").GetString()));
            Assert.Contains(r.GetProperty("threat").GetString(), new[] { "low", "medium", "high" });
        });
    }

    [Fact]
    public async Task The_committed_rule_docs_are_what_vigil_rules_generates()
    {
        using var folder = new TempDirectory();

        await CliProcess.RunAsync("rules", "--output", folder.Path);

        var committed = Path.Combine(RepositoryPaths.Root, "docs", "rules");
        var generated = Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ToList();
        Assert.Equal(generated, Directory.GetFiles(committed).Select(Path.GetFileName).Order().ToList());
        foreach (var name in generated)
        {
            Assert.True(
                await File.ReadAllTextAsync(Path.Combine(folder.Path, name!)) == await File.ReadAllTextAsync(Path.Combine(committed, name!)),
                $"docs/rules/{name} is stale: run `dotnet run --project src/Vigil.Cli -- rules --output docs/rules`");
        }
    }
}
