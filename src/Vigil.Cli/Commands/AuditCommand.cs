using System.CommandLine;
using Vigil.Audit;
using Vigil.Audit.Rulesets;
using Vigil.OpenApi;
using Vigil.Reporting;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil audit SPEC [--format text|json|sarif|md] [--output FILE] [--fail-below SCORE] [--ruleset FILE]</c>: security
/// and design checks over an OpenAPI document, scored. Exit 0 when it loads and scores at or above --fail-below; 1 when
/// below; 2 when the document or ruleset has errors (all printed, with file:line:column).
/// </summary>
internal static class AuditCommand
{
    public const int BelowThreshold = 1;
    public const int InvalidInput = 2;

    public static Command Create()
    {
        var spec = new Argument<FileInfo>("spec") { Description = "An OpenAPI 2.0, 3.0 or 3.1 document, JSON or YAML" };
        var format = FormatOption.Create(ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Sarif, ReportFormat.Markdown);
        var output = new Option<FileInfo?>("--output") { Description = "Write the report to this file instead of the terminal" };
        var failBelow = new Option<int?>("--fail-below") { Description = "Exit 1 when the overall score is below this (0-100)", HelpName = "score" };
        failBelow.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int?>() is < 0 or > 100)
            {
                r.AddError("--fail-below must be between 0 and 100");
            }
        });
        var ruleset = new Option<FileInfo?>("--ruleset") { Description = "YAML or JSON file that turns checks off, changes threats and adds pattern rules" };
        var command = new Command("audit", "Audit an OpenAPI document: security, validation and design checks with a 0-100 score") { spec, format, output, failBelow, ruleset };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var rules = AuditRuleset.Empty;
            if (parse.GetValue(ruleset) is { } rulesetFile)
            {
                var (loadedRules, ruleErrors) = AuditRulesetLoader.Load(rulesetFile.FullName);
                if (loadedRules is null)
                {
                    PrintProblems(ruleErrors);
                    return InvalidInput;
                }

                rules = loadedRules;
            }

            var path = parse.GetValue(spec)!;
            var loaded = OpenApiDocumentLoader.Load(ToUserPath(path));
            PrintProblems(loaded.Errors);
            if (loaded.Document is null)
            {
                return InvalidInput;
            }

            var result = new OpenApiAuditor(rules).Audit(loaded);
            var report = new Report("audit", result.Rules, result.Findings) { Subject = path.Name, Scorecard = result.Scorecard };
            var chosen = parse.GetValue(format);
            await ReportOutput.WriteAsync(report, Renderer(chosen), parse.GetValue(output), cancellationToken).ConfigureAwait(false);
            if (loaded.Errors.Count > 0)
            {
                Console.Error.WriteLine($"{path.Name} has {loaded.Errors.Count} error(s); the audit above covers what could be read.");
                return InvalidInput;
            }

            if (parse.GetValue(failBelow) is { } threshold && result.Scorecard.Score < threshold)
            {
                Console.Error.WriteLine($"Score {result.Scorecard.Score} is below --fail-below {threshold}.");
                return BelowThreshold;
            }

            return 0;
        });
        return command;
    }

    // `vigil audit --format json` promises {"score", "grade", "categories", "findings": [{"ruleId", ..., "pointer", "line", "column"}]}.
    private static IReportRenderer Renderer(ReportFormat format) => format == ReportFormat.Json
        ? new JsonReportRenderer(new JsonReportOptions { IncludeSummary = false, LocationName = "pointer", LineAsEventId = false })
        : ReportRenderers.For(format);

    // Errors and SARIF name the file as the user typed it when it is relative, so CI annotations resolve.
    private static string ToUserPath(FileInfo file)
    {
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, file.FullName);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file.FullName : relative;
    }

    private static void PrintProblems(IReadOnlyList<OpenApiProblem> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine("error: " + problem);
        }
    }
}
