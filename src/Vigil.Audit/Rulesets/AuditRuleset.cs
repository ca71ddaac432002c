using Vigil.Core.Findings;

namespace Vigil.Audit.Rulesets;

/// <summary>What a team changed: checks turned off, threats changed, pattern rules added. Empty means the defaults.</summary>
public sealed record AuditRuleset
{
    public static AuditRuleset Empty { get; } = new();

    public IReadOnlySet<string> Disabled { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, ThreatLevel> Threats { get; init; } = new Dictionary<string, ThreatLevel>(StringComparer.Ordinal);

    public IReadOnlyList<PatternRule> Patterns { get; init; } = [];
}
