using Vigil.Core.Findings;

namespace Vigil.Detection.Reputation;

/// <summary>
/// How much a list category says about a client. Anonymisers hide who calls but are used by honest people too;
/// scanners probe; a denylist entry is someone the team already decided against.
/// </summary>
internal static class ReputationCategory
{
    public static ThreatLevel ThreatOf(string category) => category.ToLowerInvariant() switch
    {
        "tor" or "proxy" or "vpn" or "hosting" or "cloud" => ThreatLevel.Low,
        "malware" or "botnet" or "attacker" or "deny" or "denylist" or "blocklist" or "c2" => ThreatLevel.High,
        _ => ThreatLevel.Medium,
    };
}
