using System.Text.Json;
using System.Text.Json.Nodes;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Tests;

public sealed class JsonReportRendererTests
{
    [Fact]
    public void Extra_fields_come_first_then_findings_then_summary()
    {
        using var doc = Samples.Json(new JsonReportRenderer(), Samples.Report());
        var names = doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Equal(["events", "findings", "summary"], names);
        Assert.Equal(2, doc.RootElement.GetProperty("events").GetInt32());
    }

    [Fact]
    public void Without_summary_the_shape_is_exactly_the_callers_fields_and_findings()
    {
        using var doc = Samples.Json(new JsonReportRenderer(new() { IncludeSummary = false }), Samples.Report());
        Assert.Equal(["events", "findings"], doc.RootElement.EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void A_finding_uses_stable_camel_case_names_and_omits_nulls()
    {
        using var doc = Samples.Json(new JsonReportRenderer(), Samples.Report(Samples.Jwt()));
        var f = Assert.Single(doc.RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal(
            ["ruleId", "title", "threat", "eventId", "location", "evidence", "endpoint", "file", "line"],
            f.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("VG1001", f.GetProperty("ruleId").GetString());
        Assert.Equal("high", f.GetProperty("threat").GetString());
        Assert.Equal(Samples.EventA, f.GetProperty("eventId").GetGuid());
        Assert.Equal(3, f.GetProperty("line").GetInt32());
        Assert.False(f.TryGetProperty("column", out _));
        Assert.False(f.TryGetProperty("message", out _));
    }

    [Theory]
    [InlineData(ThreatLevel.None, "none")]
    [InlineData(ThreatLevel.Low, "low")]
    [InlineData(ThreatLevel.Medium, "medium")]
    [InlineData(ThreatLevel.High, "high")]
    public void Threats_are_lowercase(ThreatLevel threat, string expected)
    {
        using var doc = Samples.Json(new JsonReportRenderer(), Samples.Report(Samples.Jwt() with { Threat = threat }));
        Assert.Equal(expected, doc.RootElement.GetProperty("findings")[0].GetProperty("threat").GetString());
    }

    [Fact]
    public void Summary_counts_by_threat()
    {
        using var doc = Samples.Json(new JsonReportRenderer(), Samples.Report());
        var s = doc.RootElement.GetProperty("summary");
        Assert.Equal(3, s.GetProperty("total").GetInt32());
        Assert.Equal(1, s.GetProperty("high").GetInt32());
        Assert.Equal(1, s.GetProperty("medium").GetInt32());
        Assert.Equal(1, s.GetProperty("low").GetInt32());
        Assert.Equal("high", s.GetProperty("highest").GetString());
    }

    [Fact]
    public void Evidence_round_trips_exactly()
    {
        using var doc = Samples.Json(new JsonReportRenderer(), Samples.Report(Samples.Sql()));
        Assert.Equal("' OR 1=1 --|<b>", doc.RootElement.GetProperty("findings")[0].GetProperty("evidence").GetString());
    }

    [Fact]
    public void No_findings_is_an_empty_array()
    {
        var report = new Report("inspect", [Samples.JwtNone], []) { Extra = [new("events", JsonValue.Create(0))] };
        var text = Samples.Render(new JsonReportRenderer(new() { IncludeSummary = false, Indented = false }), report);
        Assert.Equal("{\"events\":0,\"findings\":[]}", text.Trim());
    }

    [Fact]
    public void Output_is_valid_json_with_hostile_evidence()
    {
        var evil = Samples.Jwt() with { Evidence = "\"}\u001b[31m\n\\", Location = "\u0000" };
        using var doc = Samples.Json(new JsonReportRenderer(), Samples.Report(evil));
        Assert.Equal("\"}\u001b[31m\n\\", doc.RootElement.GetProperty("findings")[0].GetProperty("evidence").GetString());
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void Source_findings_carry_their_rules_cwe_and_fix_and_no_event_number()
    {
        using var doc = Samples.Json(new JsonReportRenderer(new() { SourceFindings = true }), Samples.Report(Samples.InFile(), Samples.Jwt()));
        var findings = doc.RootElement.GetProperty("findings").EnumerateArray().ToList();

        Assert.Equal(
            ["ruleId", "title", "threat", "file", "line", "column", "howToFix"],
            findings[0].EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal("Return problem details without exception text.", findings[0].GetProperty("howToFix").GetString());
        Assert.Equal("CWE-347", findings[1].GetProperty("cwe").GetString());
        Assert.Equal(Samples.EventA, findings[1].GetProperty("eventId").GetGuid());
    }
}
