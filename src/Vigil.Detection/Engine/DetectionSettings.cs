using Vigil.Detection.Reputation;

namespace Vigil.Detection.Engine;

/// <summary>
/// What a deployment tunes about the request rules. A rule that needs a setting takes this in its constructor;
/// <see cref="RuleCatalog"/> hands the same instance to every rule.
/// </summary>
public sealed record DetectionSettings
{
    public static DetectionSettings Default { get; } = new();

    /// <summary>Longest accepted JWT lifetime (<c>exp - iat</c>) not reported by VG1108.</summary>
    public TimeSpan MaxJwtLifetime { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Offline address lists (Tor exits, a team's own denylist); empty unless configured.</summary>
    public IpReputationList IpReputation { get; init; } = IpReputationList.Empty;
}
