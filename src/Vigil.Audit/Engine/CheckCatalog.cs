using System.Reflection;
using Vigil.Core.Findings;

namespace Vigil.Audit.Engine;

/// <summary>
/// Every <see cref="IAuditCheck"/> in this assembly, found once by reflection and ordered by id. A duplicate id is a
/// start-up error naming both types, so two checks can never share a rule id.
/// </summary>
internal sealed class CheckCatalog
{
    private static readonly Lazy<CheckCatalog> Lazy = new(() => new CheckCatalog(Discover()));

    public CheckCatalog(IEnumerable<IAuditCheck> checks)
    {
        var byId = new Dictionary<string, IAuditCheck>(StringComparer.Ordinal);
        foreach (var check in checks)
        {
            if (!byId.TryAdd(check.Descriptor.Id, check))
            {
                throw new InvalidOperationException($"Audit checks {byId[check.Descriptor.Id].GetType().Name} and {check.GetType().Name} share rule id {check.Descriptor.Id}.");
            }

            if (!AuditCategories.All.Contains(check.Descriptor.Category))
            {
                throw new InvalidOperationException($"Audit check {check.GetType().Name} has category \"{check.Descriptor.Category}\"; use one of {string.Join(", ", AuditCategories.All)}.");
            }
        }

        Checks = [.. byId.Values.OrderBy(c => c.Descriptor.Id, StringComparer.Ordinal)];
    }

    public static CheckCatalog Default => Lazy.Value;

    public IReadOnlyList<IAuditCheck> Checks { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors => [.. Checks.Select(c => c.Descriptor)];

    private static IEnumerable<IAuditCheck> Discover() =>
        typeof(CheckCatalog).Assembly.GetTypes()
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IAuditCheck).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IAuditCheck)Activator.CreateInstance(t)!);
}
