using System.CommandLine;
using Vigil.Cli.Hosting;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil serve [--db PATH] [--urls URL] [--spec FILE [--project NAME]]</c>: run the collector until Ctrl+C.</summary>
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
        var spec = new Option<FileInfo?>("--spec") { Description = "OpenAPI document to hold the project's traffic to (shadow endpoints, schema violations)" };
        var project = new Option<string>("--project") { Description = "Project the --spec belongs to", DefaultValueFactory = _ => Vigil.Collector.Setup.FirstRunSetup.DefaultProject };
        var command = new Command("serve", "Run the collector: ingest API, storage and read API") { db, urls, verbose, spec, project };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(spec) is { } specFile)
            {
                var problems = await SpecAttachment.AttachAsync(parse.GetValue(db)!, specFile.FullName, parse.GetValue(project)!, TimeProvider.System, cancellationToken).ConfigureAwait(false);
                foreach (var problem in problems)
                {
                    Console.Error.WriteLine("error: " + problem);
                }

                if (problems.Count > 0)
                {
                    return 2;
                }

                Console.Out.WriteLine($"Traffic of project \"{parse.GetValue(project)}\" is held to {specFile.Name}.");
            }

            var listen = parse.GetValue(urls)!.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            await using var collector = await RunningCollector.StartAsync(parse.GetValue(db)!, listen, parse.GetValue(verbose), cancellationToken).ConfigureAwait(false);
            Console.Out.Write(collector.Describe());
            Console.Out.WriteLine("Press Ctrl+C to stop.");
            await collector.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
