using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// Requests on an endpoint (per 10 s, so a burst alerts within seconds) or from a client (per minute) far above
/// its own baseline: robust (median and MAD of the trailing hour) and seasonal (this hour of day on earlier days),
/// never a fixed threshold alone. A subject needs some history first, so a new endpoint's first busy minute is not a spike.
/// </summary>
internal sealed class RateSpikeDetector(BehaviourOptions options) : IBehaviourDetector
{
    private static readonly TimeSpan EndpointBucket = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan ClientBucket = TimeSpan.FromMinutes(1);
    private readonly BoundedMap<string, RateSeries> _endpoints = new(options.MaxEndpoints);
    private readonly BoundedMap<string, RateSeries> _clients = new(options.MaxClients);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxEndpoints);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2007", "Request rate spike", "Behaviour", ThreatLevel.Medium, "CWE-770", BehaviourOwasp.UnrestrictedResourceConsumption,
        "Rate-limit per client and per endpoint (ASP.NET Core RateLimiter), find the client behind the spike, "
        + "and check whether it is a release, a retry storm or abuse.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        Check(e, _endpoints.GetOrAdd(e.Endpoint, static () => new RateSeries(EndpointBucket, 360)), EndpointBucket, DetectorSink.WholeEndpoint, e.Endpoint, e.Endpoint, findings);
        Check(e, _clients.GetOrAdd(e.Client, static () => new RateSeries(ClientBucket, 60)), ClientBucket, e.Client, null, e.Client, findings);
    }

    private void Check(BehaviourEvent e, RateSeries series, TimeSpan bucket, string subject, string? endpoint, string name, DetectorSink findings)
    {
        series.Add(e.Timestamp);
        if (series.HistorySpan < options.SpikeMinHistory)
        {
            return;
        }

        var floor = (int)Math.Ceiling(options.SpikeMinPerMinute * bucket.TotalMinutes);
        var threshold = series.Threshold(options.SpikeRobustZ, options.SpikeFactor, floor);
        var recent = series.Recent(e.Timestamp);
        if (recent >= threshold && _rearm.TryFire(subject + " " + endpoint, e.Timestamp))
        {
            findings.Report(
                e, subject, endpoint,
                $"{name} reached {recent:0} requests in {bucket.TotalSeconds:0} s; its trailing-hour median is {series.Median:0}.",
                $"last {bucket.TotalSeconds:0} s {recent:0}, median {series.Median:0}, MAD {series.Mad:0.#}, seasonal {series.Seasonal:0.#}, threshold {threshold:0}");
        }
    }
}
