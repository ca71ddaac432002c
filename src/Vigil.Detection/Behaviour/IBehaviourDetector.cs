using Vigil.Core.Findings;

namespace Vigil.Detection.Behaviour;

/// <summary>
/// A detector over the stream of events: keeps windowed, bounded state per client or endpoint and reports when the
/// stream (not one request) shows an attack. Discovered once (no registration list) through a public constructor
/// taking <see cref="BehaviourOptions"/>. Time is the events' own: replaying a capture reaches the same findings as
/// the live collector. Called from one thread at a time; keep <see cref="Observe"/> O(1) per event.
/// </summary>
public interface IBehaviourDetector
{
    RuleDescriptor Descriptor { get; }

    void Observe(BehaviourEvent e, DetectorSink findings);
}
