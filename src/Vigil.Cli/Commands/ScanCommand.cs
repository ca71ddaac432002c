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
/// <c>vigil scan PATH [--format text|json|sarif|openapi] [--output FILE] [--spec OPENAPI] [--fail-on low|medium|high]
/// [--upload URL --key KEY] [--msbuild]</c>: endpoint inventory and vulnerabilities from C# source, without building it, optionally
/// sent to a collector. Exit 0 clean, 1 findings at or above <c>--fail-on</c>, 2 unusable input or a refused upload.
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
        var upload = new Option<string?>("--upload") { Description = "Send the inventory and findings to this collector (POST /v1/scans)", HelpName = "URL" };
        var key = new Option<string?>("--key") { Description = "A read-scope API key of the project, for --upload", HelpName = "KEY" };
        var msbuild = new Option<bool>("--msbuild") { Description = "Load the projects with MSBuild (the target must be restored): package types resolved, slower" };
        var command = new Command("scan", "List a .NET codebase's endpoints, who may call them, and vulnerabilities found in its C# source")
        {
            path, format, output, spec, failOn, upload, key, msbuild,
        };
        command.Validators.Add(result =>
        {
            if (result.GetValue(upload) is not null && string.IsNullOrWhiteSpace(result.GetValue(key)))
            {
                result.AddError("--upload needs --key: a read-scope key of the project (vigil keys create --scope read).");
            }
        });
        command.SetAction((parse, cancellationToken) => Run(
            parse.GetValue(path)!, Parse(parse.GetValue(format)), parse.GetValue(output), parse.GetValue(spec), Threat(parse.GetValue(failOn)),
            parse.GetValue(upload) is { } url ? (url, parse.GetValue(key)!) : null, parse.GetValue(msbuild), cancellationToken));
        return command;
    }

    private static async Task<int> Run(string path, ScanOutputFormat format, FileInfo? output, FileInfo? spec, ThreatLevel? failOn, (string Url, string Key)? upload, bool msbuild, CancellationToken cancellationToken)
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

        var result = msbuild ? await MsBuildScan.RunAsync(path, cancellationToken).ConfigureAwait(false) : Scan(path, cancellationToken);
        if (result is null)
        {
            return 2;
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
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));
        Write(result, format, output, Path.GetFileName(full), shadow, zombie);
        if (upload is { } target)
        {
            var root = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
            var refused = await ScanUpload.SendAsync(ScanUpload.Payload(result, Path.GetFileName(full), root), target.Url, target.Key, null, cancellationToken).ConfigureAwait(false);
            if (refused is not null)
            {
                Console.Error.WriteLine($"error: {refused}");
                return 2;
            }

            Console.Error.WriteLine($"Uploaded {result.Endpoints.Count} endpoints and {result.Findings.Count} findings to {target.Url}.");
        }

        return failOn is { } level && result.Findings.Any(f => f.Threat >= level) ? 1 : 0;
    }

    private static ScanResult Scan(string path, CancellationToken cancellationToken)
    {
        var progress = Console.IsErrorRedirected ? null : new Progress<ScanProgress>(p => Console.Error.Write($"\r  {p.Stage} {p.Done:N0}/{p.Total:N0}   "));
        var result = new Scanner(TimeProvider.System).Scan(path, progress, cancellationToken);
        if (progress is not null)
        {
            Console.Error.Write("\r" + new string(' ', 40) + "\r");
        }

        return result;
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
