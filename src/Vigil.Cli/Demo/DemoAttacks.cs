using Vigil.Cli.Simulate;
using Vigil.Protocol;
using Vigil.Simulation;
using Vigil.Simulation.Scenarios;
using Vigil.Storage;
using Vigil.Storage.Alerts;

namespace Vigil.Cli.Demo;

/// <summary>
/// The attacks of the demo: the simulator's scripted scenarios sent to the collector beside the sample's own
/// traffic, one every 8 seconds from the start, and each alert printed as it opens — a newcomer sees the first
/// within seconds and all of them within a minute. The rate spike is left out: it needs ten minutes of history.
/// </summary>
internal static class DemoAttacks
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(8);

    public static async Task RunAsync(Uri collector, string ingestKey, CancellationToken cancellationToken)
    {
        var scenarios = AttackScenario.All.Where(s => s is not SpikeScenario).ToList();
        var start = TimeProvider.System.GetUtcNow();
        var options = SimulationPlan.Build(scenarios, rate: 1, TimeSpan.FromSeconds(2), Spacing, start, seed: 1);
        using var http = new HttpClient { BaseAddress = collector, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(ProtocolConstants.KeyHeader, ingestKey);
        try
        {
            await new LiveSender(http, TimeProvider.System).SendAsync(new Simulator(options).Run(), start, null, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or InvalidOperationException)
        {
            // The demo is stopping, or the collector went away; the sample's own traffic report says the rest.
        }
    }

    /// <summary>Prints each alert of the project once, as it opens, until cancelled.</summary>
    public static async Task WatchAsync(TextWriter output, IVigilStore store, string project, DateTimeOffset since, CancellationToken cancellationToken)
    {
        if (store is not IAlertStoreProvider { Alerts: var alerts })
        {
            return;
        }

        var seen = new HashSet<Guid>();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
                if (await store.Projects.FindProjectAsync(project, cancellationToken).ConfigureAwait(false) is not { } p)
                {
                    continue;
                }

                var open = await alerts.QueryAlertsAsync(new AlertQuery(p.Id, Limit: 200), cancellationToken).ConfigureAwait(false);
                foreach (var a in open.Where(a => seen.Add(a.Id)).OrderBy(a => a.FirstSeen))
                {
                    var where = a.Endpoint is null ? a.Subject : $"{a.Subject} on {a.Endpoint}";
                    output.WriteLine($"  ALERT +{(a.FirstSeen - since).TotalSeconds,3:0}s [{a.Threat.ToString().ToUpperInvariant()}] {a.RuleId} {a.Title} - {where}");
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }
}
