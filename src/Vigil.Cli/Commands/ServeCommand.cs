using System.CommandLine;
using Vigil.Cli.Hosting;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil serve [--db PATH] [--urls URL] [--ip-list FILE]… [--asn-db FILE] [--alerts FILE] [--spec FILE [--project NAME]]</c>:
/// run the collector until Ctrl+C. Every input file is checked before anything is written or started.
/// </summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Address(es) to listen on, separated by ';'",
            DefaultValueFactory = _ => "http://127.0.0.1:5080",
        };
        var verbose = new Option<bool>("--verbose") { Description = "Log every request and the framework's messages" };
        var ipLists = IpListOption.Create();
        var asnDb = AsnDbOption.Create();
        var alerts = new Option<string?>("--alerts") { Description = "Alert rules, cooldown and per-project channels from this JSON file (see docs/protocol.md#alerts)" };
        var spec = new Option<FileInfo?>("--spec") { Description = "OpenAPI document to hold the project's traffic to (shadow endpoints, schema violations)" };
        var project = new Option<string>("--project") { Description = "Project the --spec belongs to", DefaultValueFactory = _ => Vigil.Collector.Setup.FirstRunSetup.DefaultProject };
        var command = new Command("serve", "Run the collector: ingest, storage, read API, dashboard, detection and alerts") { db, urls, verbose, ipLists, asnDb, alerts, spec, project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (IpListOption.Load(parse.GetValue(ipLists)!) is not { } detection || AsnDbOption.Load(parse.GetValue(asnDb)) is not { } asn)
            {
                return 2;
            }

            var alerting = parse.GetValue(alerts) is { } file ? Vigil.Alerting.AlertingFile.Load(file) : null;
            if (alerting is { Problems.Count: > 0 })
            {
                return Fail(alerting.Problems);
            }

            if (parse.GetValue(spec) is { } specFile)
            {
                var problems = await SpecAttachment.AttachAsync(parse.GetValue(db)!, specFile.FullName, parse.GetValue(project)!, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                if (problems.Count > 0)
                {
                    return Fail(problems.Select(p => "error: " + p).ToList());
                }

                Console.Out.WriteLine($"Traffic of project \"{parse.GetValue(project)}\" is held to {specFile.Name}.");
            }

            var listen = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await using var collector = await RunningCollector.StartAsync(parse.GetValue(db)!, listen, parse.GetValue(verbose), cancellationToken, detection, alerting, asn).ConfigureAwait(false);
            Console.Out.Write(collector.Describe());
            Console.Out.WriteLine("Press Ctrl+C to stop.");
            await collector.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }

    private static int Fail(IReadOnlyCollection<string> problems)
    {
        foreach (var problem in problems)
        {
            Console.Error.WriteLine(problem);
        }

        Console.Error.WriteLine($"Fix the {problems.Count} problem(s) above; nothing was started.");
        return 2;
    }
}
