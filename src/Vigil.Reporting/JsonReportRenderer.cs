using System.Text.Json;
using Vigil.Core.Findings;
using Vigil.Reporting.Internal;

namespace Vigil.Reporting;

/// <summary>
/// Machine-readable findings with stable camelCase names:
/// <c>{ ...report.Extra, "score", "grade", "categories" (with a scorecard), "findings": [{"ruleId", "title", "threat", ...}], "summary": {...} }</c>.
/// Null fields are left out rather than written as null, so consumers test for presence.
/// </summary>
public sealed class JsonReportRenderer(JsonReportOptions? options = null) : IReportRenderer
{
    private readonly JsonReportOptions _options = options ?? new();

    public void Render(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        JsonOutput.Write(output, _options.Indented, w =>
        {
            w.WriteStartObject();
            foreach (var (name, value) in report.Extra)
            {
                w.WritePropertyName(name);
                if (value is null)
                {
                    w.WriteNullValue();
                }
                else
                {
                    value.WriteTo(w);
                }
            }

            if (report.Scorecard is { } scorecard)
            {
                ScorecardJson.Write(w, scorecard);
            }

            w.WriteStartArray("findings");
            var rules = _options.SourceFindings ? new RuleCatalog(report.Rules, report.Findings) : null;
            foreach (var finding in report.Findings)
            {
                WriteFinding(w, finding, _options.LocationName, _options.LineAsEventId, rules);
            }

            w.WriteEndArray();
            if (_options.IncludeSummary)
            {
                WriteSummary(w, report.Summary);
            }

            w.WriteEndObject();
        });
    }

    internal static void WriteFinding(Utf8JsonWriter w, Finding f, string locationName = "location", bool lineAsEventId = true, RuleCatalog? sourceRules = null)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteString("title", f.Title);
        w.WriteString("threat", ThreatNames.Lower(f.Threat));
        if (f.EventId is { } id)
        {
            w.WriteString("eventId", id);
        }
        else if (lineAsEventId && sourceRules is null && f.Source is { Line: > 0 } entry)
        {
            // An event read from a capture file without an id is named by its 1-based line or entry number.
            w.WriteNumber("eventId", entry.Line);
        }

        JsonOutput.StringIfPresent(w, locationName, f.Location);
        JsonOutput.StringIfPresent(w, "evidence", f.Evidence);
        JsonOutput.StringIfPresent(w, "message", f.Message);
        JsonOutput.StringIfPresent(w, "endpoint", f.Endpoint);
        if (f.Source is { } source)
        {
            w.WriteString("file", source.File);
            if (source.Line > 0)
            {
                w.WriteNumber("line", source.Line);
            }

            if (source.Column > 0)
            {
                w.WriteNumber("column", source.Column);
            }
        }

        if (sourceRules is not null)
        {
            var rule = sourceRules[f.RuleId];
            JsonOutput.StringIfPresent(w, "cwe", rule.Cwe);
            JsonOutput.StringIfPresent(w, "owasp", rule.Owasp);
            JsonOutput.StringIfPresent(w, "howToFix", rule.HowToFix);
        }

        w.WriteEndObject();
    }

    private static void WriteSummary(Utf8JsonWriter w, ReportSummary s)
    {
        w.WriteStartObject("summary");
        w.WriteNumber("total", s.Total);
        w.WriteNumber("high", s.High);
        w.WriteNumber("medium", s.Medium);
        w.WriteNumber("low", s.Low);
        w.WriteNumber("none", s.None);
        w.WriteString("highest", ThreatNames.Lower(s.Highest));
        w.WriteEndObject();
    }
}
