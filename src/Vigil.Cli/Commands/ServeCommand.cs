using System.CommandLine;
using Vigil.Cli.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--db PATH] [--urls URL] [--ip-list FILE]…</c>: run the collector until Ctrl+C.</summary>
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
        var command = new Command("serve", "Run the collector: ingest API, storage and read API") { db, urls, verbose, ipLists };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var listen = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            if (IpListOption.Load(parse.GetValue(ipLists)!) is not { } detection)
            {
                return 2;
            }

            await using var collector = await RunningCollector.StartAsync(parse.GetValue(db)!, listen, parse.GetValue(verbose), cancellationToken, detection).ConfigureAwait(false);
            Console.Out.Write(collector.Describe());
            Console.Out.WriteLine("Press Ctrl+C to stop.");
            await collector.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
