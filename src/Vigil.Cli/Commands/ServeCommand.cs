using System.CommandLine;
using Vigil.Cli.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--db PATH] [--urls URL] [--ip-list FILE]… [--alerts FILE]</c>: run the collector until Ctrl+C.</summary>
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
        var alerts = new Option<string?>("--alerts") { Description = "Alert rules, cooldown and per-project channels from this JSON file (see docs/protocol.md#alerts)" };
        var command = new Command("serve", "Run the collector: ingest API, storage, read API, behavioural detection and alerts") { db, urls, verbose, ipLists, alerts };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var listen = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (IpListOption.Load(parse.GetValue(ipLists)!) is not { } detection)
            {
                return 2;
            }

            var alerting = parse.GetValue(alerts) is { } file ? Vigil.Alerting.AlertingFile.Load(file) : null;
            if (alerting is { Problems.Count: > 0 })
            {
                foreach (var problem in alerting.Problems)
                {
                    Console.Error.WriteLine(problem);
                }

                Console.Error.WriteLine($"Fix the {alerting.Problems.Count} problem(s) above; nothing was started.");
                return 2;
            }

            await using var collector = await RunningCollector.StartAsync(parse.GetValue(db)!, listen, parse.GetValue(verbose), cancellationToken, detection, alerting).ConfigureAwait(false);
            Console.Out.Write(collector.Describe());
            Console.Out.WriteLine("Press Ctrl+C to stop.");
            await collector.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
