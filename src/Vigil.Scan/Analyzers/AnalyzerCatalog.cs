using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers;

/// <summary>
/// Every <see cref="IScanAnalyzer"/> in this assembly, found once by reflection (no central list to edit when adding one).
/// Two analyzers with one id is a start-up error naming both.
/// </summary>
internal sealed class AnalyzerCatalog
{
    private static readonly Lazy<AnalyzerCatalog> Lazy = new(() => new AnalyzerCatalog(Discover()));

    public AnalyzerCatalog(IReadOnlyList<IScanAnalyzer> analyzers)
    {
        var duplicate = analyzers.GroupBy(a => a.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Rule id {duplicate.Key} is used by {string.Join(" and ", duplicate.Select(a => a.GetType().Name))}.");
        }

        Analyzers = [.. analyzers.OrderBy(a => a.Descriptor.Id, StringComparer.Ordinal)];
        Descriptors = [.. Analyzers.Select(a => a.Descriptor)];
    }

    public static AnalyzerCatalog Default => Lazy.Value;

    public IReadOnlyList<IScanAnalyzer> Analyzers { get; }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    private static List<IScanAnalyzer> Discover() =>
        [.. typeof(AnalyzerCatalog).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IScanAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .Select(t => (IScanAnalyzer)Activator.CreateInstance(t)!)];
}
