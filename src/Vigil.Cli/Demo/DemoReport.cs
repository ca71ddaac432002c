using System.Globalization;
using Spectre.Console;
using Vigil.Cli.Hosting;
using Vigil.Samples.QrOrdering.Traffic;
using Vigil.Storage;

namespace Vigil.Cli.Demo;

/// <summary>What the demo prints: where to look, a progress line every few seconds, and the endpoint inventory at the end.</summary>
internal static class DemoReport
{
    public static void Banner(TextWriter output, RunningCollector collector, Uri sample, DemoKeys keys, bool temporary)
    {
        var api = collector.BaseAddress.ToString().TrimEnd('/');
        output.WriteLine("Vigil demo");
        output.WriteLine($"  dashboard    {api}/   (sign in as the admin below; on a kept database: vigil users set-password)");
        output.WriteLine($"  collector    {api}   (SQLite: {collector.Store.Path}{(temporary ? ", deleted at exit; keep it with --db" : "")})");
        output.WriteLine($"  sample API   {sample.ToString().TrimEnd('/')}   restaurant QR ordering, instrumented with Vigil.AspNetCore");
        if (keys.FirstRun is { } first)
        {
            output.WriteLine($"  admin login  {first.AdminUser} / {first.AdminPassword}");
        }

        output.WriteLine($"  read key     {keys.ReadKey}");
        output.WriteLine();
        output.WriteLine("See what Vigil captured (masked, templated, with latency percentiles):");
        output.WriteLine($"  curl -s -H 'X-Vigil-Key: {keys.ReadKey}' {api}/v1/endpoints");
        output.WriteLine($"  curl -s -H 'X-Vigil-Key: {keys.ReadKey}' '{api}/v1/events?limit=5'");
        output.WriteLine("The sample's deliberate flaw, no login needed (see samples/Vigil.Samples.QrOrdering/README.md):");
        output.WriteLine($"  curl -s {sample.ToString().TrimEnd('/')}/api/orders/1001");
        output.WriteLine();
        output.WriteLine("Driving diner and staff traffic; Ctrl+C stops.");
    }

    public static async Task ProgressAsync(TextWriter output, DemoTrafficDriver driver, IVigilStore store, string projectName, TimeSpan every, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken).ConfigureAwait(false))
            {
                var stats = driver.CurrentStats;
                var endpoints = await EndpointsAsync(store, projectName, CancellationToken.None).ConfigureAwait(false);
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {stats.Elapsed.TotalSeconds,4:F0}s  {stats.RequestsSent,6:N0} requests sent (2xx {stats.Total.Successful:N0}, 4xx {stats.Total.ClientError:N0}, 5xx {stats.Total.ServerError:N0})  ·  {endpoints.Sum(e => e.Requests),6:N0} events stored  ·  {endpoints.Count} endpoints"));
            }
        }
        catch (OperationCanceledException)
        {
            // The run is over.
        }
    }

    public static async Task SummaryAsync(TextWriter output, DemoTrafficStats stats, IVigilStore store, string projectName, CancellationToken cancellationToken)
    {
        var endpoints = await EndpointsAsync(store, projectName, cancellationToken).ConfigureAwait(false);
        output.WriteLine();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Sent {stats.RequestsSent:N0} requests in {stats.Elapsed.TotalSeconds:F0} s; the collector stored {endpoints.Sum(e => e.Requests):N0} events on {endpoints.Count} endpoints:"));
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn(new TableColumn("Endpoint").NoWrap()).AddColumn(new TableColumn("Requests").RightAligned()).AddColumn(new TableColumn("Errors").RightAligned())
            .AddColumn(new TableColumn("p50 ms").RightAligned()).AddColumn(new TableColumn("p95 ms").RightAligned()).AddColumn(new TableColumn("p99 ms").RightAligned());
        foreach (var e in endpoints)
        {
            var errors = e.Requests == 0 ? 0 : (double)(e.ClientErrors + e.ServerErrors) / e.Requests;
            table.AddRow(
                Markup.Escape(e.Endpoint.ToString()),
                e.Requests.ToString("N0", CultureInfo.InvariantCulture),
                errors.ToString("P0", CultureInfo.InvariantCulture),
                e.P50Ms.ToString("F1", CultureInfo.InvariantCulture),
                e.P95Ms.ToString("F1", CultureInfo.InvariantCulture),
                e.P99Ms.ToString("F1", CultureInfo.InvariantCulture));
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 160; // a log file or pipe has no width; don't wrap routes at 80 columns
        }

        console.Write(table);
        await FindingsAsync(console, store, projectName, cancellationToken).ConfigureAwait(false);
    }

    private static async Task FindingsAsync(IAnsiConsole console, IVigilStore store, string projectName, CancellationToken cancellationToken)
    {
        var project = await store.Projects.FindProjectAsync(projectName, cancellationToken).ConfigureAwait(false);
        var feed = project is null ? [] : await store.Events.QueryFindingsAsync(new FindingQuery(project.Id, Limit: 1000), cancellationToken).ConfigureAwait(false);
        console.WriteLine();
        console.WriteLine($"Findings feed ({feed.Count}; GET /v1/findings):");
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Rule").AddColumn("Threat").AddColumn(new TableColumn("Title").NoWrap()).AddColumn(new TableColumn("Endpoints").RightAligned()).AddColumn(new TableColumn("Findings").RightAligned());
        foreach (var rule in feed.GroupBy(f => (f.RuleId, f.Title, f.Threat)).OrderByDescending(g => g.Key.Threat).ThenBy(g => g.Key.RuleId))
        {
            table.AddRow(rule.Key.RuleId, rule.Key.Threat.ToString().ToLowerInvariant(), Markup.Escape(rule.Key.Title),
                rule.Select(f => f.Endpoint).Distinct().Count().ToString(CultureInfo.InvariantCulture), rule.Count().ToString(CultureInfo.InvariantCulture));
        }

        console.Write(table);
    }

    private static async Task<IReadOnlyList<EndpointStats>> EndpointsAsync(IVigilStore store, string projectName, CancellationToken cancellationToken)
    {
        var project = await store.Projects.FindProjectAsync(projectName, cancellationToken).ConfigureAwait(false);
        return project is null ? [] : await store.Events.ListEndpointsAsync(project.Id, cancellationToken).ConfigureAwait(false);
    }
}
