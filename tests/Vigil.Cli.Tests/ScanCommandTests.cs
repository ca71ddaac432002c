using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Cli.Tests;

public sealed class ScanCommandTests
{
    private const string Api = """
        using Microsoft.AspNetCore.Mvc;
        using Microsoft.Data.SqlClient;
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapGet("/users/{id}", (int id) => id).RequireAuthorization("Admin");
        app.MapGet("/search", (string name) =>
        {
            using var cmd = new SqlCommand("SELECT * FROM Users WHERE Name = '" + name + "'");
            return Results.Ok();
        });
        app.Run();
        """;

    [Fact]
    public async Task Json_has_the_stable_shape_with_endpoints_findings_shadow_and_zombie()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Program.cs"), Api);

        var (code, stdout, _) = await CliProcess.RunAsync("scan", folder.Path, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var root = doc.RootElement;
        Assert.Equal(["endpoints", "shadow", "zombie", "findings"], root.EnumerateObject().Select(p => p.Name).ToArray());
        var user = root.GetProperty("endpoints").EnumerateArray().Single(e => e.GetProperty("route").GetString() == "/users/{id}");
        Assert.Equal(["methods", "route", "handler", "file", "line", "auth", "authReason", "parameters", "responseTypes"], user.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("policy", user.GetProperty("auth").GetString());
        Assert.Equal("route", user.GetProperty("parameters")[0].GetProperty("source").GetString());
        var sql = root.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("ruleId").GetString() == "VG4001");
        Assert.Equal("CWE-89", sql.GetProperty("cwe").GetString());
        Assert.Equal("GET /search", sql.GetProperty("endpoint").GetString());
        Assert.Equal(("Program.cs", 7), (sql.GetProperty("file").GetString(), sql.GetProperty("line").GetInt32()));
        Assert.True(sql.GetProperty("column").GetInt32() > 0);
        Assert.False(string.IsNullOrEmpty(sql.GetProperty("howToFix").GetString()));
        Assert.False(sql.TryGetProperty("eventId", out _));
    }

    [Fact]
    public async Task Fail_on_sets_the_exit_code_and_sarif_carries_rules_locations_and_fingerprints()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Program.cs"), Api);
        var sarif = folder.File("scan.sarif");

        var (code, _, stderr) = await CliProcess.RunAsync("scan", folder.Path, "--format", "sarif", "--output", sarif, "--fail-on", "high");

        Assert.Equal(1, code);
        Assert.Contains("Wrote", stderr, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(await File.ReadAllTextAsync(sarif));
        var run = doc.RootElement.GetProperty("runs")[0];
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "VG4001");
        Assert.False(string.IsNullOrEmpty(rule.GetProperty("help").GetProperty("text").GetString()));
        var result = run.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "VG4001");
        Assert.Equal("Program.cs", result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(7, result.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.True(result.GetProperty("partialFingerprints").TryGetProperty("vigil/v1", out _));
    }

    [Fact]
    public async Task Spec_diff_reports_shadow_and_zombie_with_places()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Program.cs"), Api);
        var spec = folder.File("openapi.yaml");
        await File.WriteAllTextAsync(spec, "openapi: 3.1.0\npaths:\n  /users/{userId}:\n    get: {}\n  /orders:\n    get: {}\n");

        var (code, stdout, _) = await CliProcess.RunAsync("scan", Path.Combine(folder.Path, "Program.cs"), "--spec", spec, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(stdout);
        var shadow = Assert.Single(doc.RootElement.GetProperty("shadow").EnumerateArray());
        Assert.Equal(("/search", "Program.cs", 5), (shadow.GetProperty("route").GetString(), shadow.GetProperty("file").GetString(), shadow.GetProperty("line").GetInt32()));
        var zombie = Assert.Single(doc.RootElement.GetProperty("zombie").EnumerateArray());
        Assert.Equal(("/orders", "openapi.yaml", 6), (zombie.GetProperty("route").GetString(), zombie.GetProperty("file").GetString(), zombie.GetProperty("line").GetInt32()));
    }

    [Theory]
    [InlineData("no-such-folder", "no such file or folder")]
    [InlineData("bad.slnx", "not valid XML")]
    public async Task Bad_input_is_a_clear_message_and_exit_2_never_a_stack_trace(string name, string message)
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("bad.slnx"), "<Solution><Project Path=");

        var (code, stdout, stderr) = await CliProcess.RunAsync("scan", folder.File(name));

        Assert.Equal(2, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr + stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Text_output_lists_endpoints_in_a_table_and_the_findings()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Program.cs"), Api);

        var (code, stdout, _) = await CliProcess.RunAsync("scan", folder.Path);

        Assert.Equal(0, code);
        Assert.Contains("/users/{id}", stdout, StringComparison.Ordinal);
        Assert.Contains("RequireAuthorization(\"Admin\")", stdout, StringComparison.Ordinal);
        Assert.Contains("VG4001", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Msbuild_on_a_project_that_does_not_evaluate_exits_2_naming_it_and_the_way_out()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Api.csproj"), "this is not <xml");
        await File.WriteAllTextAsync(folder.File("Program.cs"), Api);

        var (code, stdout, stderr) = await CliProcess.RunAsync("scan", folder.File("Api.csproj"), "--msbuild");

        Assert.Equal(2, code);
        Assert.Contains("error: --msbuild: Api.csproj did not evaluate", stderr, StringComparison.Ordinal);
        Assert.Contains("run without --msbuild", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("/search", stdout, StringComparison.Ordinal);
    }
}
