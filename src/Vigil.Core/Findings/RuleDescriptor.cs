namespace Vigil.Core.Findings;

/// <summary>
/// What a rule is, independent of any one finding. Lives in the rule's own file and generates the docs.
/// Ids are stable and never reused: VG1xxx request rules, VG2xxx behavioural detectors, VG3xxx OpenAPI checks,
/// VG4xxx source analyzers, VG5xxx probes.
/// </summary>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string Category,
    ThreatLevel DefaultThreat,
    string? Cwe,
    string? Owasp,
    string HowToFix);
