using System.CommandLine;
using Vigil.Cli.Simulate;
using Vigil.Protocol;
using Vigil.Reporting;
using Vigil.Simulation;
using Vigil.Simulation.Scoring;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>vigil simulate [--scenario NAME]... [--rate N] [--warmup-minutes N] [--format text|json|sarif] [--collector URL --key KEY]</c>:
/// benign traffic plus scripted attacks with ground truth. Offline (default) it runs the detectors in process on
/// simulated time and scores each scenario; with <c>--collector</c> it sends the traffic to a running collector in real time.
/// </summary>
internal static class SimulateCommand
{
    public static Command Create()
    {
        var scenario = new Option<string[]>("--scenario") { Description = "Attack to run (repeatable): all, enumeration, stuffing, scraping, stolen-key, spike, unauthenticated-pii", AllowMultipleArgumentsPerToken = true };
        var rate = new Option<double>("--rate") { Description = "Benign requests per second", DefaultValueFactory = _ => 100 };
        var warmup = new Option<double>("--warmup-minutes") { Description = "Benign traffic before the first attack, so baselines exist (offline default 40, live default 1)" };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed gives the same traffic", DefaultValueFactory = _ => 42 };
        var collector = new Option<string?>("--collector") { Description = "Send the traffic live to this collector (e.g. http://127.0.0.1:5080) instead of scoring offline" };
        var key = new Option<string?>("--key") { Description = "Ingest key for --collector (or VIGIL_KEY)" };
        var format = FormatOption.Create(ReportFormat.Text, ReportFormat.Text, ReportFormat.Json, ReportFormat.Sarif);
        var command = new Command("simulate", "Simulate benign users and scripted attacks; score detection offline or drive a collector") { scenario, rate, warmup, seed, collector, key, format };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var scenarios = SimulationPlan.Resolve(parse.GetValue(scenario) ?? [], out var error);
            Uri? live = null;
            if (parse.GetValue(collector) is { } raw && (!Uri.TryCreate(raw, UriKind.Absolute, out live) || live.Scheme is not ("http" or "https")))
            {
                Console.Error.WriteLine($"--collector must be an http or https URL such as http://127.0.0.1:5080, not '{raw}'.");
                return 2;
            }

            var r = parse.GetValue(rate);
            if (scenarios is null || r is <= 0 or > 10_000)
            {
                Console.Error.WriteLine(error ?? "--rate must be between 0 and 10000 requests/s.");
                return 2;
            }

            var warm = parse.GetResult(warmup) is null ? (live is null ? 40 : 1) : parse.GetValue(warmup);
            if (warm is < 0 or > 24 * 60)
            {
                Console.Error.WriteLine("--warmup-minutes must be between 0 and 1440.");
                return 2;
            }

            if (live is not null)
            {
                return await LiveAsync(live, parse.GetValue(key) ?? Environment.GetEnvironmentVariable("VIGIL_KEY"), scenarios, r, warm, parse.GetValue(seed), cancellationToken).ConfigureAwait(false);
            }

            var options = SimulationPlan.Build(scenarios, r, TimeSpan.FromMinutes(warm), TimeSpan.FromMinutes(5), new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero), parse.GetValue(seed));
            var simulator = new Simulator(options);
            var detection = new OfflineDetection();
            foreach (var e in simulator.Run())
            {
                detection.Feed(e);
            }

            var scores = Scorer.Score(simulator.Runs, detection.Opened);
            var chosen = parse.GetValue(format);
            if (chosen == ReportFormat.Text)
            {
                SimulationReport.WriteTable(scores, detection, Console.Out);
            }
            else
            {
                ReportRenderers.For(chosen).Render(SimulationReport.Build(scores, detection), Console.Out);
            }

            return scores.All(s => s.Detected) ? 0 : 1;
        });
        return command;
    }

    private static async Task<int> LiveAsync(Uri collector, string? key, IReadOnlyList<Simulation.Scenarios.AttackScenario> scenarios, double rate, double warmup, int seed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(key))
        {
            Console.Error.WriteLine("--collector needs an ingest key: pass --key or set VIGIL_KEY (create one with: vigil keys create --scope ingest).");
            return 2;
        }

        var start = TimeProvider.System.GetUtcNow();
        var options = SimulationPlan.Build(scenarios, rate, TimeSpan.FromMinutes(warmup), TimeSpan.FromSeconds(20), start, seed);
        var simulator = new Simulator(options);
        using var http = new HttpClient { BaseAddress = new Uri(collector.ToString().TrimEnd('/') + "/"), Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(ProtocolConstants.KeyHeader, key);
        Console.Error.WriteLine($"Sending {options.Duration.TotalMinutes:0.#} minutes of traffic to {collector} ({string.Join(", ", scenarios.Select(s => s.Name))}); alerts appear at GET /v1/alerts.");
        try
        {
            var progress = Console.IsErrorRedirected ? null : new Action<string>(s => Console.Error.Write($"\r  {s}   "));
            var (sent, refused) = await new LiveSender(http, TimeProvider.System).SendAsync(simulator.Run(), start, progress, cancellationToken).ConfigureAwait(false);
            Console.Error.WriteLine();
            Console.WriteLine($"Sent {sent:N0} events ({refused:N0} refused after retries).");
            return refused == 0 ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or InvalidOperationException or TaskCanceledException)
        {
            Console.Error.WriteLine();
            Console.Error.WriteLine($"Could not send to {collector}: {ex.Message}");
            return 2;
        }
    }
}
