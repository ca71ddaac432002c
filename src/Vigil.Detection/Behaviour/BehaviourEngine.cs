using Vigil.Core.Findings;

namespace Vigil.Detection.Behaviour;

/// <summary>
/// Feeds each event to every behavioural detector and returns what they found. Not thread-safe: one engine is
/// driven by one loop (the collector's behaviour pipeline, or <c>vigil inspect</c>'s replay). A detector that
/// throws is contained, reported once (VG2000), and the others keep running.
/// </summary>
public sealed class BehaviourEngine
{
    public static readonly RuleDescriptor DetectorFailure = new(
        "VG2000", "A behavioural detector failed", "Behaviour", ThreatLevel.None, null, null,
        "Report this as a Vigil bug with the detector id; the other detectors kept running.");

    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly DetectorSink _sink = new();

    public BehaviourEngine(BehaviourOptions? options = null, IReadOnlyList<IBehaviourDetector>? detectors = null)
    {
        Options = options ?? new BehaviourOptions();
        Detectors = detectors is null ? DetectorCatalog.Create(Options) : DetectorCatalog.Check(detectors);
    }

    public BehaviourOptions Options { get; }

    public IReadOnlyList<IBehaviourDetector> Detectors { get; }

    /// <summary>The latest event time seen: the engine's only notion of now.</summary>
    public EventClock Clock { get; } = new();

    public long Events { get; private set; }

    /// <summary>The findings this event tipped, usually none. The list is the caller's.</summary>
    public IReadOnlyList<Finding> Observe(BehaviourEvent e)
    {
        Events++;
        Clock.Observe(e.Timestamp);
        _sink.Clear();
        foreach (var detector in Detectors)
        {
            _sink.Begin(detector.Descriptor);
            try
            {
                detector.Observe(e, _sink);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                if (_failed.Add(detector.Descriptor.Id))
                {
                    _sink.Begin(DetectorFailure);
                    _sink.Report(e, DetectorSink.WholeEndpoint, null, $"{detector.Descriptor.Id} threw {ex.GetType().Name}: {ex.Message}");
                }
            }
        }

        return _sink.Findings.Count == 0 ? [] : [.. _sink.Findings];
    }
}
