using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Reputation;

namespace Vigil.Detection.Rules.Reputation;

/// <summary>The client address is on a configured offline list; the list's category sets the threat.</summary>
internal sealed class ListedClientAddressRule(DetectionSettings settings) : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1501", "Client address on a reputation list", "Reputation", ThreatLevel.Medium, "CWE-284", Owasp.SecurityMisconfiguration,
        "Review what this client did (vigil events by client IP). If the list is a denylist, block it at the edge "
        + "(firewall, gateway or ASP.NET Core middleware); for anonymisers such as Tor, require stronger authentication "
        + "on sensitive operations rather than trusting the address.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (settings.IpReputation.Find(context.Request.ClientIp) is not { } entry)
        {
            return;
        }

        findings.Report(
            "request.clientIp",
            evidence: $"{entry.Network} ({entry.Category}, {entry.List}:{entry.Line})",
            message: $"client {context.Request.ClientIp} is listed as {entry.Category}",
            threat: ReputationCategory.ThreatOf(entry.Category));
    }
}
