using Vigil.Core.Findings;

namespace Vigil.Dashboard.Model;

/// <summary>Rule descriptors by id, for titles and advice next to stored findings (which keep only the id and title).</summary>
public sealed class RuleBook(DashboardOptions options)
{
    private readonly Dictionary<string, RuleDescriptor> _byId = options.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);

    public RuleDescriptor? Find(string ruleId) => _byId.GetValueOrDefault(ruleId);

    public bool IsPersonalData(string ruleId) => options.PersonalDataRules.Contains(ruleId);
}
