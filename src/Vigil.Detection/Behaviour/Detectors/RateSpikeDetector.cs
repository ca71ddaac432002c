using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// Requests per minute on an endpoint, or from a client, far above its own baseline: robust (median and MAD of the
/// trailing hour) and seasonal (this hour of day on earlier days), never a fixed threshold alone. A subject needs
/// some history first, so a new endpoint's first busy minute is not a spike.
/// </summary>
internal sealed class RateSpikeDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, MinuteSeries> _endpoints = new(options.MaxEndpoints);
    private readonly BoundedMap<string, MinuteSeries> _clients = new(options.MaxClients);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxEndpoints);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2007", "Request rate spike", "Behaviour", ThreatLevel.Medium, "CWE-770", BehaviourOwasp.UnrestrictedResourceConsumption,
        "Rate-limit per client and per endpoint (ASP.NET Core RateLimiter), find the client behind the spike, "
        + "and check whether it is a release, a retry storm or abuse.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        Check(e, _endpoints.GetOrAdd(e.Endpoint, static () => new MinuteSeries()), DetectorSink.WholeEndpoint, e.Endpoint, e.Endpoint, findings);
        Check(e, _clients.GetOrAdd(e.Client, static () => new MinuteSeries()), e.Client, null, e.Client, findings);
    }

    private void Check(BehaviourEvent e, MinuteSeries series, string subject, string? endpoint, string name, DetectorSink findings)
    {
        series.Add(e.Timestamp);
        if (series.HistoryMinutes < options.SpikeMinHistoryMinutes)
        {
            return;
        }

        var threshold = series.Threshold(options.SpikeRobustZ, options.SpikeFactor, options.SpikeMinPerMinute);
        if (series.Current >= threshold && _rearm.TryFire(subject + " " + endpoint, e.Timestamp))
        {
            findings.Report(
                e, subject, endpoint,
                $"{name} reached {series.Current} requests this minute; its trailing-hour median is {series.Median:0} per minute.",
                $"this minute {series.Current}, median {series.Median:0}, MAD {series.Mad:0.#}, seasonal {series.Seasonal:0.#}, threshold {threshold:0}");
        }
    }
}
