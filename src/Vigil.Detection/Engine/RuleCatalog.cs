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

    /// <summary>Every rule of this assembly with default settings (no reputation lists, 24 h JWT lifetime).</summary>
    public static RuleCatalog Default { get; } = Create(DetectionSettings.Default);

    public IReadOnlyList<IRequestRule> Rules { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors => [.. Rules.Select(r => r.Descriptor)];

    /// <summary>Every rule of this assembly, configured with <paramref name="settings"/>.</summary>
    public static RuleCatalog Create(DetectionSettings settings) => Discover(typeof(RuleCatalog).Assembly, settings);

    /// <summary>Rules are constructed without arguments, or with the settings when they take them.</summary>
    public static RuleCatalog Discover(Assembly assembly, DetectionSettings settings) => From(
        assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IRequestRule).IsAssignableFrom(t))
            .Select(t => t.GetConstructor([typeof(DetectionSettings)]) is { } configured
                ? (IRequestRule)configured.Invoke([settings])
                : t.GetConstructor(Type.EmptyTypes) is { } plain ? (IRequestRule)plain.Invoke(null) : null)
            .OfType<IRequestRule>());

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
