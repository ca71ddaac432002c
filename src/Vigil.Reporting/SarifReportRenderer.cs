using Vigil.Reporting.Internal;

namespace Vigil.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: one run, every rule that ran under <c>tool.driver.rules</c>, one result
/// per finding with a <c>ruleIndex</c> into them, and a <c>vigil/v1</c> partial fingerprint so alerts survive reruns.
/// </summary>
public sealed class SarifReportRenderer(SarifReportOptions? options = null) : IReportRenderer
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    private readonly SarifReportOptions _options = options ?? new();

    public void Render(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var catalog = new RuleCatalog(report.Rules, report.Findings);
        JsonOutput.Write(output, _options.Indented, w =>
        {
            w.WriteStartObject();
            w.WriteString("$schema", SchemaUri);
            w.WriteString("version", "2.1.0");
            w.WriteStartArray("runs");
            w.WriteStartObject();

            w.WriteStartObject("tool");
            w.WriteStartObject("driver");
            w.WriteString("name", _options.ToolName);
            w.WriteString("informationUri", _options.InformationUri.AbsoluteUri);
            w.WriteString("semanticVersion", _options.Version);
            w.WriteStartArray("rules");
            foreach (var rule in catalog.Rules)
            {
                SarifRuleWriter.Write(w, rule);
            }

            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();

            // Code scanning keeps one set of alerts per category; inspect, audit and scan must not close each other's.
            w.WriteStartObject("automationDetails");
            w.WriteString("id", $"vigil/{report.Command}/");
            w.WriteEndObject();

            w.WriteStartArray("results");
            foreach (var finding in report.Findings)
            {
                SarifResultWriter.Write(w, finding, catalog.IndexOf(finding.RuleId));
            }

            w.WriteEndArray();
            w.WriteString("columnKind", "utf16CodeUnits");
            if (report.Scorecard is { } scorecard)
            {
                // SARIF has no place for a grade; run properties keep it beside the results for tools that want it.
                w.WriteStartObject("properties");
                ScorecardJson.Write(w, scorecard);
                w.WriteEndObject();
            }

            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
