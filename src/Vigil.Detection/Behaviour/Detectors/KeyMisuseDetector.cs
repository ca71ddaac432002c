using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// One API key or user token used from many addresses or user agents at once: a credential that leaked and is
/// being shared, replayed by a botnet, or sold. Only clients identified by a user or a key count; an address
/// cannot be "used from many addresses".
/// </summary>
internal sealed class KeyMisuseDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, Usage> _credentials = new(options.MaxClients);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxClients);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2006", "API key or token used from many places", "Behaviour", ThreatLevel.High, "CWE-294", BehaviourOwasp.BrokenAuthentication,
        "Revoke and reissue the key or session, bind keys to expected networks where you can, keep tokens short-lived, "
        + "and find where it leaked (logs, repositories, client apps).");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.ClientKind == ClientKind.Ip)
        {
            return;
        }

        var usage = _credentials.GetOrAdd(e.Client, () => new Usage(options));
        var addresses = usage.Addresses.Add(e.Ip, e.Timestamp);
        var agents = e.UserAgent is { } agent ? usage.Agents.Add(agent, e.Timestamp) : usage.Agents.Count;
        var networks = e.Asn is { } asn ? usage.Asns.Add(Asn.Name(asn), e.Timestamp) : usage.Asns.Count;
        if ((addresses >= options.KeyMisuseAddresses || agents >= options.KeyMisuseUserAgents || networks >= options.KeyMisuseAsns)
            && _rearm.TryFire(e.Client, e.Timestamp))
        {
            var kind = e.ClientKind == ClientKind.Key ? "API key" : "user's credentials";
            var asns = networks > 0 ? $" ({networks} networks)" : "";
            findings.Report(
                e, e.Client, null,
                $"The {kind} {e.Client} was used from {addresses} addresses{asns} and {agents} user agents within {options.KeyMisuseWindow.TotalMinutes:0} minutes.",
                $"addresses {addresses}, networks {networks}, user agents {agents}, last {e.Ip}{(e.Asn is { } a ? " " + Asn.Name(a) : "")}");
        }
    }

    private sealed class Usage(BehaviourOptions options)
    {
        public RecentDistinct Addresses { get; } = new(options.KeyMisuseWindow, options.KeyMisuseAddresses * 2);

        public RecentDistinct Agents { get; } = new(options.KeyMisuseWindow, options.KeyMisuseUserAgents * 2);

        public RecentDistinct Asns { get; } = new(options.KeyMisuseWindow, options.KeyMisuseAsns * 2);
    }
}
