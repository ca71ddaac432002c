using Vigil.Storage;
using Vigil.Storage.Alerts;

namespace Vigil.Cli.Demo;

/// <summary>
/// The attacks of the demo (<see cref="SampleAttacks"/>) sent through the sample API beside its own traffic, one every
/// 8 seconds from the start, and each alert printed as it opens — a newcomer sees the first within seconds and all of
/// them within a minute, raised from what the SDK captured, as in production.
/// </summary>
internal static class DemoAttacks
{
    private static readonly TimeSpan Spacing = TimeSpan.FromSeconds(8);

    public static async Task RunAsync(Uri sample, CancellationToken cancellationToken)
    {
        try
        {
            await SampleAttacks.RunAsync(sample, Spacing, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or HttpRequestException or System.Text.Json.JsonException)
        {
            // The demo is stopping, or the sample went away; the sample's own traffic report says the rest.
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
