using Vigil.Collector.ReadApi;
using Vigil.Core.Findings;

namespace Vigil.Collector.Scans;

/// <summary>
/// Links runtime findings to code: each gets the <c>source</c> (file, line) of its endpoint's handler, and an attack on
/// an endpoint where the scan found the same weakness (same CWE, e.g. VG1001 SQL injection attempt and VG4001 SQL
/// taint) is raised to <c>high</c> with a message naming the code finding — the attack may well have worked.
/// </summary>
internal sealed class FindingLinker
{
    private readonly Dictionary<string, string?> _cweByRule;

    public FindingLinker(IEnumerable<RuleDescriptor> runtimeRules)
    {
        _cweByRule = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var rule in runtimeRules)
        {
            _cweByRule.TryAdd(rule.Id, rule.Cwe);
        }
    }

    public FindingView Link(Finding finding, ScanIndex? scan)
    {
        var view = FindingView.From(finding);
        if (scan?.Find(finding.Endpoint) is not { } handler)
        {
            return view;
        }

        view = view with { Source = new SourceView(handler.File!, handler.Line) };
        if (_cweByRule.GetValueOrDefault(finding.RuleId) is not { } cwe)
        {
            return view;
        }

        var match = scan.FindingsOn(finding.Endpoint).FirstOrDefault(f => string.Equals(f.Cwe, cwe, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            return view;
        }

        var where = match.File is null ? "" : $" at {match.File}:{match.Line}";
        return view with
        {
            Threat = EventView.ThreatName(ThreatLevel.High),
            Message = $"Escalated to high: the source scan found {match.RuleId} ({match.Title}){where} on this endpoint, so this {finding.RuleId} attempt may succeed.",
        };
    }
}
