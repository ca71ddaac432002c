using Vigil.Core.Findings;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// An endpoint's median latency in a minute several times its usual median (the median of its recent minutes):
/// expensive queries driven by an attacker (unbounded page sizes, regex or JSON bombs) or a regression.
/// Judged when a minute closes, so it reports within a minute of event time.
/// </summary>
internal sealed class LatencyRegressionDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly Windows.BoundedMap<string, State> _endpoints = new(options.MaxEndpoints);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxEndpoints);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2009", "Latency regression", "Behaviour", ThreatLevel.Low, "CWE-400", BehaviourOwasp.UnrestrictedResourceConsumption,
        "Find what the slow requests share (a parameter, a client, a release); bound page sizes and query cost, and add timeouts.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        var state = _endpoints.GetOrAdd(e.Endpoint, static () => new State());
        var minute = e.Timestamp.UtcTicks / TimeSpan.TicksPerMinute;
        if (minute > state.Minute)
        {
            if (state.Count >= options.LatencyMinSamples)
            {
                var median = state.CloseMinute();
                var usual = state.Usual;
                if (usual is { } u && median >= options.LatencyFactor * u && median >= options.LatencyMinMs && _rearm.TryFire(e.Endpoint, e.Timestamp))
                {
                    findings.Report(
                        e, DetectorSink.WholeEndpoint, e.Endpoint,
                        $"{e.Endpoint}'s median latency was {median:0} ms in the last minute; it is usually {u:0} ms.",
                        $"median {median:0} ms, usual {u:0} ms");
                }

                state.Remember(median);
            }

            state.Minute = minute;
            state.Count = 0;
        }
        else if (minute < state.Minute)
        {
            return;
        }

        state.Sample(e.DurationMs);
    }

    private sealed class State
    {
        private const int Samples = 64;
        private const int Minutes = 30;
        private readonly double[] _samples = new double[Samples];
        private readonly double[] _medians = new double[Minutes];
        private int _medianCount;
        private int _nextMedian;

        public long Minute = long.MinValue;
        public int Count;

        /// <summary>The median of the last 30 judged minutes' medians, after 10 of them.</summary>
        public double? Usual { get; private set; }

        public void Sample(double ms)
        {
            // The first 64 samples of a minute are its sample; enough for a median and O(1) beyond.
            if (Count < Samples)
            {
                _samples[Count] = ms;
            }

            Count++;
        }

        public double CloseMinute()
        {
            var n = Math.Min(Count, Samples);
            Array.Sort(_samples, 0, n);
            return _samples[n / 2];
        }

        public void Remember(double median)
        {
            _medians[_nextMedian] = median;
            _nextMedian = (_nextMedian + 1) % Minutes;
            _medianCount = Math.Min(_medianCount + 1, Minutes);
            if (_medianCount >= 10)
            {
                var copy = _medians[.._medianCount];
                Array.Sort(copy);
                Usual = copy[_medianCount / 2];
            }
        }
    }
}
