using Vigil.Core.Findings;

namespace Vigil.Alerting.Rules;

/// <summary>
/// When findings become an alert: a filter (rule id — exact, or a prefix ending in <c>*</c> —, minimum threat,
/// endpoint substring, subject) and a threshold of matching findings per group within a window.
/// </summary>
public sealed record AlertRule
{
    public required string Name { get; init; }

    /// <summary><c>VG1001</c>, or a prefix such as <c>VG2*</c>; null for any.</summary>
    public string? RuleId { get; init; }

    public ThreatLevel MinThreat { get; init; } = ThreatLevel.Low;

    /// <summary>Matches when the finding's endpoint contains this text (ordinal, case-insensitive).</summary>
    public string? Endpoint { get; init; }

    /// <summary>Matches a client identity exactly (<c>ip:203.0.113.9</c>, <c>user:42</c>, <c>key:…</c>).</summary>
    public string? Subject { get; init; }

    /// <summary>Matching findings of one group needed within <see cref="Window"/> before the alert opens.</summary>
    public int Threshold { get; init; } = 1;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);

    public bool Matches(Finding finding, string subject) =>
        finding.Threat >= MinThreat
        && (RuleId is null || (RuleId.EndsWith('*') ? finding.RuleId.StartsWith(RuleId[..^1], StringComparison.Ordinal) : finding.RuleId == RuleId))
        && (Endpoint is null || (finding.Endpoint?.Contains(Endpoint, StringComparison.OrdinalIgnoreCase) ?? false))
        && (Subject is null || subject == Subject);

    /// <summary>Every problem with this rule, for start-up and API validation; empty when valid.</summary>
    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 64)
        {
            yield return "an alert rule needs a name of 1-64 characters";
        }

        if (Threshold is < 1 or > 1_000_000)
        {
            yield return $"alert rule '{Name}': threshold must be between 1 and 1000000";
        }

        if (Window <= TimeSpan.Zero || Window > TimeSpan.FromDays(1))
        {
            yield return $"alert rule '{Name}': window must be between 1 second and 1 day";
        }

        if (RuleId is { } id && (id.Length is 0 or > 16 || id.TrimEnd('*').Contains('*', StringComparison.Ordinal)))
        {
            yield return $"alert rule '{Name}': ruleId must be an id like VG1001 or a prefix like VG2*";
        }
    }
}
