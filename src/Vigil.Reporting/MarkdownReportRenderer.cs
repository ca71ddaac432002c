using Vigil.Core.Findings;
using Vigil.Reporting.Internal;

namespace Vigil.Reporting;

/// <summary>
/// A report for pull-request comments and job summaries: a count table, one findings table per threat level
/// (highest first), and a reference of the rules that fired with how to fix them.
/// </summary>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    public void Render(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var summary = report.Summary;
        output.WriteLine(report.Subject is null ? $"# Vigil {report.Command}" : $"# Vigil {report.Command}: {MarkdownText.Cell(report.Subject)}");
        output.WriteLine();
        foreach (var (name, value) in report.Extra)
        {
            output.WriteLine($"- **{MarkdownText.Cell(name)}**: {MarkdownText.Cell(value?.ToString() ?? "null")}");
        }

        if (report.Extra.Count > 0)
        {
            output.WriteLine();
        }

        if (report.Scorecard is { } scorecard)
        {
            WriteScorecard(output, scorecard);
        }

        output.WriteLine("| Threat | Findings |");
        output.WriteLine("|---|---:|");
        foreach (var threat in ThreatNames.Descending.Where(t => t != ThreatLevel.None || summary.None > 0))
        {
            output.WriteLine($"| {ThreatNames.Title(threat)} | {summary.Count(threat)} |");
        }

        output.WriteLine($"| **Total** | **{summary.Total}** |");
        output.WriteLine();
        if (summary.Total == 0)
        {
            output.WriteLine($"No findings from {report.Rules.Count} rules.");
            return;
        }

        var ordered = FindingOrder.ForDisplay(report.Findings).ToList();
        foreach (var threat in ThreatNames.Descending)
        {
            WriteThreatTable(output, threat, ordered.Where(f => f.Threat == threat).ToList());
        }

        WriteRulesReference(output, new RuleCatalog(report.Rules, report.Findings), ordered);
    }

    private static void WriteScorecard(TextWriter output, Scorecard card)
    {
        output.WriteLine($"**Score {card.Score}/100 · grade {card.Grade}**");
        output.WriteLine();
        output.WriteLine("| Category | Score | Grade | Points lost to |");
        output.WriteLine("|---|---:|---|---|");
        foreach (var c in card.Categories)
        {
            var lost = c.Deductions.Count == 0 ? "nothing" : string.Join("<br>", c.Deductions.Select(d => MarkdownText.Cell(ScorecardTable.Deduction(d))));
            output.WriteLine($"| {MarkdownText.Cell(c.Name)} | {c.Score} | {c.Grade} | {lost} |");
        }

        output.WriteLine();
    }

    private static void WriteThreatTable(TextWriter output, ThreatLevel threat, List<Finding> findings)
    {
        if (findings.Count == 0)
        {
            return;
        }

        output.WriteLine($"## {ThreatNames.Title(threat)} ({findings.Count})");
        output.WriteLine();
        output.WriteLine("| Rule | Title | Where | Location | Evidence |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var f in findings)
        {
            var where = string.Join("<br>", new[] { f.Endpoint, FindingOrder.Place(f.Source) }.Where(s => s is not null).Select(MarkdownText.Cell));
            var title = f.Message is null ? MarkdownText.Cell(f.Title) : $"{MarkdownText.Cell(f.Title)}<br>{MarkdownText.Cell(f.Message)}";
            output.WriteLine($"| [{MarkdownText.Cell(f.RuleId)}](#{f.RuleId.ToLowerInvariant()}) | {title} | {where} | {MarkdownText.Cell(f.Location)} | {MarkdownText.Code(f.Evidence)} |");
        }

        output.WriteLine();
    }

    private static void WriteRulesReference(TextWriter output, RuleCatalog catalog, List<Finding> findings)
    {
        output.WriteLine("## Rules");
        output.WriteLine();
        foreach (var id in findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var rule = catalog[id];
            output.WriteLine($"### {MarkdownText.Cell(rule.Id)}");
            output.WriteLine();
            output.WriteLine($"**{MarkdownText.Cell(rule.Title)}** · {ThreatNames.Title(rule.DefaultThreat)}{References(rule)}");
            output.WriteLine();
            if (!string.IsNullOrWhiteSpace(rule.HowToFix))
            {
                output.WriteLine($"How to fix: {rule.HowToFix}");
                output.WriteLine();
            }
        }
    }

    internal static string References(RuleDescriptor rule)
    {
        var text = "";
        if (RuleReferences.Cwe(rule.Cwe) is { } cwe)
        {
            text += $" · [{cwe}]({RuleReferences.CweUrl(rule.Cwe)})";
        }

        if (!string.IsNullOrWhiteSpace(rule.Owasp))
        {
            text += $" · OWASP {MarkdownText.Cell(rule.Owasp)}";
        }

        return text;
    }
}
