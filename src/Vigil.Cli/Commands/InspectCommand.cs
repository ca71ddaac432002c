using System.CommandLine;
using System.Text.Json.Nodes;
using Vigil.Cli.Inspect;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Engine;
using Vigil.Masking;
using Vigil.Reporting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil inspect FILE [--format text|json|sarif|md] [--output FILE] [--ip-list FILE]… [--asn-db FILE] [--no-behaviour]</c>: check a HAR or JSON-lines capture offline.</summary>
internal static class InspectCommand
{
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "A HAR file from a browser's developer tools, or JSON lines of protocol events" };
        var format = FormatOption.Create(ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Sarif, ReportFormat.Markdown);
        var output = new Option<FileInfo?>("--output") { Description = "Write the report to this file instead of the terminal" };
        var ipLists = IpListOption.Create();
        var asnDb = AsnDbOption.Create();
        var noBehaviour = new Option<bool>("--no-behaviour") { Description = "Run only the per-request rules, not the behavioural detectors" };
        var command = new Command("inspect", "Run Vigil's request rules and behavioural detectors over a capture file, offline, on its own timestamps") { file, format, output, ipLists, asnDb, noBehaviour };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!path.Exists)
            {
                Console.Error.WriteLine($"No such file: {path.FullName}");
                return 2;
            }

            if (IpListOption.Load(parse.GetValue(ipLists)!) is not { } detection || AsnDbOption.Load(parse.GetValue(asnDb)) is not { } asn)
            {
                return 2;
            }

            var engine = new RuleEngine(RuleCatalog.Create(detection));
            var progress = Console.IsErrorRedirected ? null : new Progress<int>(n => Console.Error.Write($"\r  {n:N0} requests inspected"));
            var behaviour = parse.GetValue(noBehaviour) ? null : new BehaviourEngine(new BehaviourOptions { Asn = asn });
            var result = await new CaptureInspector(engine, new Masker(), behaviour).InspectAsync(path.FullName, progress, cancellationToken).ConfigureAwait(false);
            if (progress is not null && result.Events >= 1000)
            {
                Console.Error.WriteLine();
            }

            foreach (var error in result.Errors.Take(20))
            {
                Console.Error.WriteLine($"warning: {path.Name}: {error}");
            }

            if (result.Events == 0 && result.Errors.Count > 0)
            {
                Console.Error.WriteLine($"{path.Name} holds no request Vigil could read.");
                return 2;
            }

            var report = new Report("inspect", [.. engine.Catalog.Descriptors, RuleEngine.RuleFailure, .. DetectorCatalog.Descriptors, BehaviourEngine.DetectorFailure], result.Findings)
            {
                Subject = path.Name,
                Extra = [new("events", JsonValue.Create(result.Events)), new("format", JsonValue.Create(result.Format == Vigil.Captures.CaptureFormat.Har ? "har" : "jsonl"))],
            };
            await ReportOutput.WriteAsync(report, ReportRenderers.For(parse.GetValue(format)), parse.GetValue(output), cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
