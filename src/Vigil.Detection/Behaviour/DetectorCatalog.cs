using System.Reflection;
using Vigil.Core.Findings;

namespace Vigil.Detection.Behaviour;

/// <summary>
/// Every behavioural detector in this assembly, found by reflection: adding one is adding one file. Detectors are
/// stateful, so each engine gets fresh instances; two detectors with one id is a start-up error naming both.
/// </summary>
public static class DetectorCatalog
{
    private static readonly Type[] Types = [.. typeof(DetectorCatalog).Assembly.GetTypes()
        .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBehaviourDetector).IsAssignableFrom(t)
            && t.GetConstructor([typeof(BehaviourOptions)]) is not null)];

    /// <summary>The descriptors of every detector, ordered by id (for docs and <c>vigil rules</c>).</summary>
    public static IReadOnlyList<RuleDescriptor> Descriptors { get; } = [.. Create(new BehaviourOptions()).Select(d => d.Descriptor)];

    public static IReadOnlyList<IBehaviourDetector> Create(BehaviourOptions options) =>
        Check([.. Types.Select(t => (IBehaviourDetector)Activator.CreateInstance(t, options)!).OrderBy(d => d.Descriptor.Id, StringComparer.Ordinal)]);

    public static IReadOnlyList<IBehaviourDetector> Check(IReadOnlyList<IBehaviourDetector> detectors)
    {
        var duplicate = detectors.GroupBy(d => d.Descriptor.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException(
                $"Detector id {duplicate.Key} is used by {string.Join(" and ", duplicate.Select(d => d.GetType().FullName))}; detector ids must be unique.");
        }

        return detectors;
    }
}
