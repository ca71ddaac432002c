using System.CommandLine;
using Vigil.Cli.Scan;
using Vigil.Core.Findings;
using Vigil.Reporting;
using Vigil.Scan;
using Vigil.Scan.Loading;
using Vigil.Scan.Output;
using Vigil.Scan.Spec;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil scan PATH [--format text|json|sarif|openapi] [--output FILE] [--spec OPENAPI] [--fail-on low|medium|high]</c>:
/// endpoint inventory and vulnerabilities from C# source, without building it. Exit 0 clean, 1 findings at or above
/// <c>--fail-on</c>, 2 unusable input.
/// </summary>
internal static class ScanCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A folder, a .sln/.slnx or a .csproj" };
        var format = new Option<string>("--format") { Description = "Output format", HelpName = "text|json|sarif|openapi", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "openapi");
        var output = new Option<FileInfo?>("--output") { Description = "Write the report to this file instead of the terminal" };
        var spec = new Option<FileInfo?>("--spec") { Description = "An OpenAPI document (JSON or YAML) to diff against: shadow and zombie endpoints" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with 1 when a finding is at least this threat", HelpName = "low|medium|high" };
        failOn.AcceptOnlyFromAmong("low", "medium", "high");
        var command = new Command("scan", "List a .NET codebase's endpoints, who may call them, and vulnerabilities found in its C# source")
        {
            path, format, output, spec, failOn,
        };
        command.SetAction((parse, cancellationToken) => Task.FromResult(Run(
            parse.GetValue(path)!, Parse(parse.GetValue(format)), parse.GetValue(output), parse.GetValue(spec), Threat(parse.GetValue(failOn)), cancellationToken)));
        return command;
    }

    private static int Run(string path, ScanOutputFormat format, FileInfo? output, FileInfo? spec, ThreatLevel? failOn, CancellationToken cancellationToken)
    {
        SpecReadResult? specRead = null;
        if (spec is not null)
        {
            specRead = OpenApiSpecReader.Read(spec.FullName);
            if (specRead.Error is { } specError)
            {
                Console.Error.WriteLine($"error: {specError}");
                return 2;
            }
        }

        var progress = Console.IsErrorRedirected ? null : new Progress<ScanProgress>(p => Console.Error.Write($"\r  {p.Stage} {p.Done:N0}/{p.Total:N0}   "));
        var result = new Scanner(TimeProvider.System).Scan(path, progress, cancellationToken);
        if (progress is not null)
        {
            Console.Error.Write("\r" + new string(' ', 40) + "\r");
        }

        foreach (var warning in result.Warnings.Take(20))
        {
            Console.Error.WriteLine($"warning: {warning}");
        }

        if (result.Files == 0)
        {
            Console.Error.WriteLine($"error: no C# files found in {path}.");
            return 2;
        }

        var (shadow, zombie) = specRead is null ? ([], []) : SpecDiff.Compare(result.Endpoints, specRead.Operations, spec!.Name);
        Write(result, format, output, Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))), shadow, zombie);
        return failOn is { } level && result.Findings.Any(f => f.Threat >= level) ? 1 : 0;
    }

    private static void Write(ScanResult result, ScanOutputFormat format, FileInfo? output, string subject, IReadOnlyList<SpecDiffEntry> shadow, IReadOnlyList<SpecDiffEntry> zombie)
    {
        using var file = output is null ? null : new StreamWriter(output.FullName);
        var writer = file ?? Console.Out;
        switch (format)
        {
            case ScanOutputFormat.OpenApi:
                writer.Flush();
                using (var stream = file is null ? Console.OpenStandardOutput() : null)
                {
                    OpenApiWriter.Write(result.Endpoints, subject, stream ?? file!.BaseStream);
                }

                break;
            case ScanOutputFormat.Json:
                new JsonReportRenderer(new JsonReportOptions { IncludeSummary = false, SourceFindings = true })
                    .Render(ScanReport.For(result, subject, shadow, zombie, forJson: true), writer);
                break;
            case ScanOutputFormat.Sarif:
                new SarifReportRenderer().Render(ScanReport.For(result, subject, shadow, zombie, forJson: false), writer);
                break;
            default:
                ScanEndpointTable.Write(result.Endpoints, shadow, zombie, writer);
                new TextReportRenderer().Render(ScanReport.For(result, subject, shadow, zombie, forJson: false), writer);
                break;
        }

        writer.Flush();
        if (output is not null)
        {
            Console.Error.WriteLine($"Wrote {output.FullName}.");
        }
    }

    private static ScanOutputFormat Parse(string? value) => value switch
    {
        "json" => ScanOutputFormat.Json,
        "sarif" => ScanOutputFormat.Sarif,
        "openapi" => ScanOutputFormat.OpenApi,
        _ => ScanOutputFormat.Text,
    };

    private static ThreatLevel? Threat(string? value) => value switch
    {
        "low" => ThreatLevel.Low,
        "medium" => ThreatLevel.Medium,
        "high" => ThreatLevel.High,
        _ => null,
    };
}
