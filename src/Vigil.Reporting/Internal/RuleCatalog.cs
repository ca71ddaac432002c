using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>
/// The rules of a report in id order with their index (SARIF's <c>ruleIndex</c>). A finding whose rule the engine
/// did not list still gets a descriptor built from the finding, so no result ever points at nothing.
/// </summary>
internal sealed class RuleCatalog
{
    private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private readonly List<RuleDescriptor> _rules = [];

    public RuleCatalog(IEnumerable<RuleDescriptor> rules, IEnumerable<Finding> findings)
    {
        var byId = new SortedDictionary<string, RuleDescriptor>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            byId.TryAdd(rule.Id, rule);
        }

        foreach (var f in findings)
        {
            byId.TryAdd(f.RuleId, new RuleDescriptor(f.RuleId, f.Title, "", f.Threat, null, null, ""));
        }

        foreach (var rule in byId.Values)
        {
            _index[rule.Id] = _rules.Count;
            _rules.Add(rule);
        }
    }

    public IReadOnlyList<RuleDescriptor> Rules => _rules;

    public int IndexOf(string ruleId) => _index[ruleId];

    public RuleDescriptor this[string ruleId] => _rules[_index[ruleId]];
}
