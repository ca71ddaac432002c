using Vigil.Dashboard.Charts;
using Vigil.Dashboard.Model;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages;

/// <summary>Overview of a time range: open alerts, traffic, errors, latency and threats over time, top endpoints and clients.</summary>
public sealed class IndexModel(ProjectContext projects, IDashboardQueries queries, TimeProvider clock, DashboardOptions options) : DashboardPageModel(projects)
{
    public override string Section => "overview";

    public RangeChoice Range { get; private set; } = RangeChoice.Default;

    public TrafficSeries? Traffic { get; private set; }

    public IReadOnlyList<EndpointUsage> TopEndpoints { get; private set; } = [];

    public IReadOnlyList<ClientUsage> TopClients { get; private set; } = [];

    /// <summary>Open alerts now (not limited to the range: an open alert needs a look whenever it started); null without alerting.</summary>
    public OpenAlertsSummary? OpenAlerts { get; private set; }

    public IReadOnlyList<DateTimeOffset> X => Traffic?.Buckets.Select(b => b.Start).ToList() ?? [];

    public async Task OnGetAsync(string? range)
    {
        Range = RangeChoice.Parse(range);
        if (Project is null)
        {
            return;
        }

        var window = Range.EndingAt(clock.GetUtcNow());
        var cancel = HttpContext.RequestAborted;
        Traffic = await queries.TrafficAsync(Project.Id, window, Range.Bucket, cancel).ConfigureAwait(false);
        TopEndpoints = await queries.TopEndpointsAsync(Project.Id, window, 10, cancel).ConfigureAwait(false);
        TopClients = await queries.TopClientsAsync(Project.Id, window, 10, cancel).ConfigureAwait(false);
        if (options.Alerts is { } alerts)
        {
            OpenAlerts = await OpenAlertsSummary.LoadAsync(alerts, Project.Id, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Requests per minute in each bucket (a bucket may span several minutes).</summary>
    public IReadOnlyList<ChartSeries> RequestsPerMinute() =>
        [new("requests/min", "#1c7ed6", [.. Traffic!.Buckets.Select(b => b.Requests / Traffic.BucketSize.TotalMinutes)])];

    public IReadOnlyList<ChartSeries> ErrorRates() =>
    [
        new("5xx %", "#c92a2a", [.. Traffic!.Buckets.Select(b => Percent(b.ServerErrors, b.Requests))]),
        new("4xx %", "#f08c00", [.. Traffic.Buckets.Select(b => Percent(b.ClientErrors, b.Requests))]),
    ];

    public IReadOnlyList<ChartSeries> Latency() =>
    [
        new("p50", "#2f9e44", [.. Traffic!.Buckets.Select(b => Math.Round(b.P50Ms, 1))]),
        new("p95", "#1c7ed6", [.. Traffic.Buckets.Select(b => Math.Round(b.P95Ms, 1))]),
        new("p99", "#862e9c", [.. Traffic.Buckets.Select(b => Math.Round(b.P99Ms, 1))]),
    ];

    public IReadOnlyList<ChartSeries> Threats() =>
    [
        new("high", ThreatStyle.Colour(Core.Findings.ThreatLevel.High), [.. Traffic!.Buckets.Select(b => (double)b.Threats.High)]),
        new("medium", ThreatStyle.Colour(Core.Findings.ThreatLevel.Medium), [.. Traffic.Buckets.Select(b => (double)b.Threats.Medium)]),
        new("low", ThreatStyle.Colour(Core.Findings.ThreatLevel.Low), [.. Traffic.Buckets.Select(b => (double)b.Threats.Low)]),
    ];

    public static double Percent(long part, long whole) => whole == 0 ? 0 : Math.Round(100.0 * part / whole, 2);
}
