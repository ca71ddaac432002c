using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// An endpoint failing: in one minute, at least half its answers are 5xx (and enough of them to matter), or its
/// 5xx count spikes far above its own baseline. Attacks that crash handlers and outages look alike here; both need eyes.
/// </summary>
internal sealed class ErrorSpikeDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, State> _endpoints = new(options.MaxEndpoints);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxEndpoints);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2008", "Server error spike", "Behaviour", ThreatLevel.Medium, "CWE-755", BehaviourOwasp.SecurityMisconfiguration,
        "Look at the failing events' errors; if one client causes them, block it and fix the input handling that crashes; "
        + "if everyone does, it is an outage.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        var state = _endpoints.GetOrAdd(e.Endpoint, static () => new State());
        state.All.Add(e.Timestamp);
        if (!e.IsServerError)
        {
            return;
        }

        state.Errors.Add(e.Timestamp);
        var errors = state.Errors.Current;
        var all = state.All.Current;
        var share = errors / (double)Math.Max(1, all);
        var highShare = errors >= options.ErrorSpikeMinPerMinute && share >= options.ErrorSpikeShare;
        var spike = state.Errors.HistorySpan >= options.SpikeMinHistory
            && errors >= state.Errors.Threshold(options.SpikeRobustZ, options.SpikeFactor, options.ErrorSpikeMinPerMinute);
        if ((highShare || spike) && _rearm.TryFire(e.Endpoint, e.Timestamp))
        {
            findings.Report(
                e, DetectorSink.WholeEndpoint, e.Endpoint,
                $"{e.Endpoint} answered {errors} of {all} requests with 5xx this minute ({share:P0}).",
                $"5xx {errors}, requests {all}, 5xx median per minute {state.Errors.Median:0}");
        }
    }

    private sealed class State
    {
        public RateSeries All { get; } = new(TimeSpan.FromMinutes(1), 60);

        public RateSeries Errors { get; } = new(TimeSpan.FromMinutes(1), 60);
    }
}
