using System.CommandLine;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Engine;
using Vigil.Reporting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil rules [--format md|json] [--output DIR]</c>: every engine's catalogue — request rules, behavioural detectors, OpenAPI checks, contract findings, source (scan) rules; generates docs/rules/.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var format = FormatOption.Create(ReportFormat.Markdown, ReportFormat.Markdown, ReportFormat.Json);
        var output = new Option<string?>("--output") { Description = "Write one Markdown file per rule and an index into this folder (e.g. docs/rules)" };
        var command = new Command("rules", "List every detection rule with its id, threat, CWE, OWASP API Top 10 id and how to fix") { format, output };
        command.SetAction(parse =>
        {
            var rules = AllRules();
            if (parse.GetValue(output) is { } folder)
            {
                var written = RulesRenderer.WriteMarkdownFiles(rules, folder);
                Console.Error.WriteLine($"Wrote {written.Count} files to {folder}.");
                return 0;
            }

            if (parse.GetValue(format) == ReportFormat.Json)
            {
                RulesRenderer.WriteJson(rules, Console.Out);
            }
            else
            {
                RulesRenderer.WriteMarkdown(rules, Console.Out);
            }

            return 0;
        });
        return command;
    }

    public static IReadOnlyList<Vigil.Core.Findings.RuleDescriptor> AllRules() =>
        [.. RuleCatalog.Default.Descriptors, .. DetectorCatalog.Descriptors, .. Vigil.Audit.OpenApiAuditor.BuiltInRules, .. Vigil.OpenApi.Validation.ContractRules.All, .. Vigil.Scan.Scanner.Rules];
}
