using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// A key or user token with a stable history — seen for <see cref="BehaviourOptions.StableHistory"/> from at most
/// <see cref="BehaviourOptions.StableMaxAsns"/> networks — that suddenly shows up from a network (autonomous system)
/// it never used: a partner's server key replayed from a hosting provider, a session cookie stolen by an infostealer.
/// Networks, not addresses: a home router or a phone changes address daily, rarely operator. Needs an ASN table
/// (<c>--asn-db</c>); without one this detector sees nothing.
/// </summary>
internal sealed class NewNetworkDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, History> _histories = new(options.MaxClients);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxClients);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2011", "API key or token used from a new network after a stable history", "Behaviour", ThreatLevel.Medium, "CWE-294", BehaviourOwasp.BrokenAuthentication,
        "Confirm with the key's owner whether they moved (new cloud region, new office); if not, revoke and reissue the key or "
        + "session and find where it leaked. Bind server keys to their expected networks where you can.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.Asn is not { } asn || e.ClientKind == ClientKind.Ip)
        {
            return;
        }

        var history = _histories.GetOrAdd(e.Client, () => new History(options, e.Timestamp));
        var network = Asn.Name(asn);
        var known = history.Networks.Contains(network);
        var stable = history.IsStable(e.Timestamp, options);
        var before = history.Networks.Count;
        history.Networks.Add(network, e.Timestamp);
        history.Requests.Add(e.Timestamp);
        if (!known && stable && _rearm.TryFire(e.Client, e.Timestamp))
        {
            var kind = e.ClientKind == ClientKind.Key ? "API key" : "user's credentials";
            findings.Report(
                e, e.Client, null,
                $"The {kind} {e.Client}, used for {(e.Timestamp - history.FirstSeen).TotalHours:0} hours from {before} network(s), appeared from a new one: {network}.",
                $"new network {network} from {e.Ip}, known networks {before}, first seen {history.FirstSeen:u}");
        }
    }

    private sealed class History(BehaviourOptions options, DateTimeOffset firstSeen)
    {
        private DateTimeOffset _lastSeen = firstSeen;

        public DateTimeOffset FirstSeen { get; private set; } = firstSeen;

        public RecentDistinct Networks { get; } = new(options.NetworkMemory, options.StableMaxAsns + 2);

        public WindowCounter Requests { get; } = new(options.StableHistory);

        public bool IsStable(DateTimeOffset now, BehaviourOptions o)
        {
            if (now - _lastSeen > o.NetworkMemory)
            {
                FirstSeen = now; // back from a long silence: its old networks say nothing about today
            }

            _lastSeen = now > _lastSeen ? now : _lastSeen;
            return now - FirstSeen >= o.StableHistory && Networks.Count <= o.StableMaxAsns && Requests.Total(now) >= o.StableMinRequests;
        }
    }
}
