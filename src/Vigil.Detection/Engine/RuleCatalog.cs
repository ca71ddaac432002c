using System.Reflection;
using Vigil.Core.Findings;

namespace Vigil.Detection.Engine;

/// <summary>
/// Every request rule in this assembly, found once by reflection: adding a rule is adding one file. Two rules with
/// one id is a start-up error naming both types, because ids are a stable public contract.
/// </summary>
public sealed class RuleCatalog
{
    private RuleCatalog(IReadOnlyList<IRequestRule> rules) => Rules = rules;

    public static RuleCatalog Default { get; } = Discover(typeof(RuleCatalog).Assembly);

    public IReadOnlyList<IRequestRule> Rules { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors => [.. Rules.Select(r => r.Descriptor)];

    public static RuleCatalog Discover(Assembly assembly) => From(
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IRequestRule).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IRequestRule)Activator.CreateInstance(t)!));

    public static RuleCatalog From(IEnumerable<IRequestRule> rules)
    {
        var list = rules.OrderBy(r => r.Descriptor.Id, StringComparer.Ordinal).ToList();
        var duplicate = list.GroupBy(r => r.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Rule id {duplicate.Key} is used by {string.Join(" and ", duplicate.Select(r => r.GetType().FullName))}; rule ids must be unique.");
        }

        return new RuleCatalog(list);
    }
}
