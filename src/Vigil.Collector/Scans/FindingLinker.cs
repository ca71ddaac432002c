using Vigil.Core.Findings;

namespace Vigil.Collector.Scans;

/// <summary>
/// Links runtime findings to code at ingest, against the project's latest uploaded scan: each gets the <c>source</c>
/// (file, line) of its endpoint's handler, and an attack on an endpoint where the scan found the same weakness (same CWE,
/// e.g. VG1001 SQL injection attempt and VG4001 SQL taint) is raised to high — the attack may well have worked.
/// Done before storage, so the stored finding, the event's threat and the alert rules all see the escalation.
/// </summary>
internal sealed class FindingLinker
{
    /// <summary>How an escalated finding's message starts; the read API shows the message only for these.</summary>
    public const string EscalationPrefix = "Escalated to high: ";

    private readonly Dictionary<string, string?> _cweByRule;

    public FindingLinker(IEnumerable<RuleDescriptor> runtimeRules)
    {
        _cweByRule = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var rule in runtimeRules)
        {
            _cweByRule.TryAdd(rule.Id, rule.Cwe);
        }
    }

    public static bool IsEscalation(string? message) => message?.StartsWith(EscalationPrefix, StringComparison.Ordinal) == true;

    public Finding Link(Finding finding, ScanIndex? scan)
    {
        if (scan?.Find(finding.Endpoint) is not { File: { } file } handler)
        {
            return finding;
        }

        var linked = finding with { Source = new SourceLocation(file, handler.Line) };
        if (_cweByRule.GetValueOrDefault(finding.RuleId) is not { } cwe)
        {
            return linked;
        }

        var match = scan.FindingsOn(finding.Endpoint).FirstOrDefault(f => string.Equals(f.Cwe, cwe, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return linked;
        }

        var where = match.File is null ? "" : $" at {match.File}:{match.Line}";
        // The rule's own sentence is kept after ours: it says what was seen in the request.
        var detail = string.IsNullOrEmpty(finding.Message) ? "" : " " + finding.Message;
        return linked with
        {
            Threat = ThreatLevel.High,
            Message = $"{EscalationPrefix}the source scan found {match.RuleId} ({match.Title}){where} on this endpoint, so this {finding.RuleId} attempt may succeed.{detail}",
        };
    }
}
