using System.CommandLine;
using Vigil.Cli.Demo;

namespace Vigil.Cli.Commands;

/// <summary><c>vigil demo [--duration S] [--db PATH] [--port N] [--rate R] [--no-attacks]</c>.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var duration = new Option<int?>("--duration") { Description = "Stop after this many seconds (default: run until Ctrl+C)" };
        var db = new Option<string?>("--db") { Description = "Keep the demo's data in this SQLite file (default: a fresh temporary database)" };
        var port = new Option<int>("--port") { Description = "Collector port on 127.0.0.1 (a free port is used when it is taken)", DefaultValueFactory = _ => 5080 };
        var rate = new Option<double>("--rate") { Description = "Sample traffic, requests per second", DefaultValueFactory = _ => 20 };
        var noAttacks = new Option<bool>("--no-attacks") { Description = "Only the sample's traffic, without the scripted attacks and their alerts" };
        var command = new Command("demo", "Run the collector and the instrumented sample API with realistic traffic and scripted attacks, and show what Vigil sees")
        {
            duration, db, port, rate, noAttacks,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var seconds = parse.GetValue(duration);
            if (seconds is <= 0)
            {
                Console.Error.WriteLine("--duration must be a positive number of seconds.");
                return 2;
            }

            var settings = new DemoSettings(
                seconds is { } s ? TimeSpan.FromSeconds(s) : null,
                parse.GetValue(db),
                parse.GetValue(port),
                parse.GetValue(rate)) { Attacks = !parse.GetValue(noAttacks) };
            return await DemoRun.RunAsync(settings, Console.Out, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }
}
