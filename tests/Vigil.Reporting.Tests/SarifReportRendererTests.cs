using System.Text.Json;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Tests;

public sealed class SarifReportRendererTests
{
    private static JsonDocument Sarif(Report report) =>
        Samples.Json(new SarifReportRenderer(new() { Version = "1.2.3" }), report);

    private static JsonElement Run(JsonDocument doc) => Assert.Single(doc.RootElement.GetProperty("runs").EnumerateArray());

    [Fact]
    public void Has_the_required_top_level_shape()
    {
        using var doc = Sarif(Samples.Report());
        Assert.Equal("2.1.0", doc.RootElement.GetProperty("version").GetString());
        Assert.Equal(SarifReportRenderer.SchemaUri, doc.RootElement.GetProperty("$schema").GetString());
        var driver = Run(doc).GetProperty("tool").GetProperty("driver");
        Assert.Equal("Vigil", driver.GetProperty("name").GetString());
        Assert.Equal("1.2.3", driver.GetProperty("semanticVersion").GetString());
        Assert.True(Uri.IsWellFormedUriString(driver.GetProperty("informationUri").GetString(), UriKind.Absolute));
        Assert.Equal("vigil/inspect/", Run(doc).GetProperty("automationDetails").GetProperty("id").GetString());
    }

    [Fact]
    public void Every_result_points_at_its_rule()
    {
        using var doc = Sarif(Samples.Report());
        var rules = Run(doc).GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var results = Run(doc).GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var result in results)
        {
            var rule = rules[result.GetProperty("ruleIndex").GetInt32()];
            Assert.Equal(result.GetProperty("ruleId").GetString(), rule.GetProperty("id").GetString());
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
        }
    }

    [Fact]
    public void A_finding_of_an_unlisted_rule_still_gets_a_rule()
    {
        var report = new Report("scan", [], [Samples.Jwt() with { RuleId = "VG9999" }]);
        using var doc = Sarif(report);
        var rules = Run(doc).GetProperty("tool").GetProperty("driver").GetProperty("rules");
        Assert.Equal("VG9999", rules[Run(doc).GetProperty("results")[0].GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(ThreatLevel.High, "error", "8.0")]
    [InlineData(ThreatLevel.Medium, "warning", "5.0")]
    [InlineData(ThreatLevel.Low, "note", "3.0")]
    public void Levels_and_security_severity_follow_the_threat(ThreatLevel threat, string level, string severity)
    {
        var rule = Samples.JwtNone with { DefaultThreat = threat };
        using var doc = Sarif(new Report("inspect", [rule], [Samples.Jwt() with { Threat = threat }]));
        var sarifRule = Run(doc).GetProperty("tool").GetProperty("driver").GetProperty("rules")[0];
        Assert.Equal(level, sarifRule.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        Assert.Equal(severity, sarifRule.GetProperty("properties").GetProperty("security-severity").GetString());
        Assert.Equal(level, Run(doc).GetProperty("results")[0].GetProperty("level").GetString());
    }

    [Fact]
    public void Rules_carry_descriptions_help_and_tags()
    {
        using var doc = Sarif(Samples.Report());
        var rule = Run(doc).GetProperty("tool").GetProperty("driver").GetProperty("rules")
            .EnumerateArray().Single(r => r.GetProperty("id").GetString() == "VG1002");
        Assert.Equal("SqlInjectionPatternInQuery", rule.GetProperty("name").GetString());
        Assert.Equal("SQL injection pattern in query", rule.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.Contains("CWE-89", rule.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("Use parameterised queries.", rule.GetProperty("help").GetProperty("text").GetString());
        Assert.Contains("cwe.mitre.org/data/definitions/89.html", rule.GetProperty("help").GetProperty("markdown").GetString());
        var tags = rule.GetProperty("properties").GetProperty("tags").EnumerateArray().Select(t => t.GetString()).ToList();
        Assert.Contains("security", tags);
        Assert.Contains("external/cwe/cwe-89", tags);
        Assert.Contains("external/owasp/api8:2023", tags);
    }

    [Fact]
    public void Source_findings_have_a_physical_location_and_traffic_findings_a_logical_one()
    {
        using var doc = Sarif(Samples.Report(Samples.InFile(), Samples.Sql()));
        var results = Run(doc).GetProperty("results");
        var physical = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("src/Api/Program.cs", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(12, physical.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(5, physical.GetProperty("region").GetProperty("startColumn").GetInt32());

        var traffic = results[1].GetProperty("locations")[0];
        Assert.False(traffic.TryGetProperty("physicalLocation", out _));
        Assert.Equal("GET /orders/{id}", traffic.GetProperty("logicalLocations")[0].GetProperty("name").GetString());
    }

    [Fact]
    public void Artifact_uris_are_escaped_and_rooted_paths_become_file_uris()
    {
        using var doc = Sarif(Samples.Report(
            Samples.InFile() with { Source = new SourceLocation("my dir\\a#b.cs", 1) },
            Samples.InFile() with { Source = new SourceLocation("/tmp/x y.cs", 1) }));
        var results = Run(doc).GetProperty("results");
        Assert.Equal("my%20dir/a%23b.cs", results[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("file:///tmp/x%20y.cs", results[1].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString());
    }

    [Fact]
    public void Fingerprints_are_stable_across_runs_and_events_but_differ_by_place()
    {
        static string Print(Finding f)
        {
            using var doc = Sarif(Samples.Report(f));
            return Run(doc).GetProperty("results")[0].GetProperty("partialFingerprints").GetProperty("vigil/v1").GetString()!;
        }

        var first = Print(Samples.Jwt());
        Assert.Equal(first, Print(Samples.Jwt()));
        Assert.Equal(first, Print(Samples.Jwt(Guid.NewGuid()) with { Evidence = "other", Timestamp = DateTimeOffset.UnixEpoch }));
        Assert.NotEqual(first, Print(Samples.Jwt() with { Location = "request.headers.Cookie" }));
        Assert.NotEqual(first, Print(Samples.Jwt() with { Endpoint = "GET /users" }));
        Assert.NotEqual(first, Print(Samples.Jwt() with { Source = new SourceLocation("capture.har", 4) }));
        Assert.NotEqual(first, Print(Samples.Jwt() with { RuleId = "VG1002" }));
        Assert.Matches("^[0-9a-f]{32}$", first);
    }

    [Fact]
    public void No_findings_still_lists_the_rules_that_ran()
    {
        using var doc = Sarif(new Report("inspect", [Samples.JwtNone, Samples.SqlInQuery], []));
        Assert.Equal(2, Run(doc).GetProperty("tool").GetProperty("driver").GetProperty("rules").GetArrayLength());
        Assert.Equal(0, Run(doc).GetProperty("results").GetArrayLength());
    }
}
