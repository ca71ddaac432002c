using Vigil.Core.Findings;

namespace Vigil.Detection.Engine;

/// <summary>
/// Collects the findings of one exchange. A rule reports kind and place; the sink stamps the rule's metadata,
/// the event and the endpoint, bounds evidence length and caps findings per rule so a hostile request with
/// ten thousand parameters produces a readable report, not ten thousand rows.
/// </summary>
public sealed class FindingSink
{
    public const int MaxPerRule = 10;
    public const int MaxEvidenceChars = 200;

    private readonly List<Finding> _findings = [];
    private readonly Dictionary<string, int> _perRule = new(StringComparer.Ordinal);
    private readonly RequestContext _context;
    private RuleDescriptor? _current;

    internal FindingSink(RequestContext context) => _context = context;

    public IReadOnlyList<Finding> Findings => _findings;

    internal void Begin(RuleDescriptor rule) => _current = rule;

    /// <summary>Reports a finding of the current rule; threat defaults to the rule's own.</summary>
    public void Report(string location, string? evidence = null, string? message = null, ThreatLevel? threat = null)
    {
        var rule = _current ?? throw new InvalidOperationException("Report called outside a rule evaluation");
        var count = _perRule.GetValueOrDefault(rule.Id);
        if (count >= MaxPerRule)
        {
            return;
        }

        _perRule[rule.Id] = count + 1;
        _findings.Add(new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Threat = threat ?? rule.DefaultThreat,
            EventId = _context.Exchange.Id,
            Endpoint = _context.Endpoint,
            Location = location,
            Evidence = Bound(evidence),
            Message = message,
            Timestamp = _context.Exchange.Timestamp,
        });
    }

    internal void Add(Finding finding) => _findings.Add(finding);

    private static string? Bound(string? evidence) =>
        evidence is null || evidence.Length <= MaxEvidenceChars ? evidence : evidence[..MaxEvidenceChars] + "…";
}
