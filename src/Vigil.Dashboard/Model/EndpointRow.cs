using Vigil.Core.Findings;
using Vigil.Storage;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Model;

/// <summary>One line of the inventory: traffic statistics joined with what the rollups say about auth, PII and threats.</summary>
public sealed record EndpointRow(EndpointStats Stats, EndpointTraits? Traits, bool PersonalData)
{
    /// <summary>"yes", "no", or "mixed" when some requests carried credentials and some did not.</summary>
    public string AuthSeen => Traits is null ? "unknown"
        : Traits.Authenticated > 0 && Traits.Anonymous > 0 ? "mixed"
        : Traits.Authenticated > 0 ? "yes" : "no";

    /// <summary>
    /// High when a request scored high, or personal data left without credentials; medium for medium threats,
    /// personal data, or anonymous access with findings; low for low findings; otherwise none.
    /// </summary>
    public ThreatLevel Risk
    {
        get
        {
            var threats = Traits?.Threats ?? ThreatCounts.Zero;
            var anonymous = Traits?.Anonymous > 0;
            if (threats.High > 0 || (PersonalData && anonymous))
            {
                return ThreatLevel.High;
            }

            if (threats.Medium > 0 || PersonalData || (anonymous && threats.Low > 0 && Traits?.Authenticated > 0))
            {
                return ThreatLevel.Medium;
            }

            return threats.Low > 0 ? ThreatLevel.Low : ThreatLevel.None;
        }
    }

    public static IReadOnlyList<EndpointRow> Join(IReadOnlyList<EndpointStats> stats, IReadOnlyList<EndpointTraits> traits, RuleBook rules)
    {
        var byKey = traits.ToDictionary(t => t.Endpoint);
        return [.. stats.Select(s =>
        {
            var t = byKey.GetValueOrDefault(s.Endpoint);
            return new EndpointRow(s, t, t?.Rules.Any(r => rules.IsPersonalData(r.RuleId)) == true);
        })];
    }
}
