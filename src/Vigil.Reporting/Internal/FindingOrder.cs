using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>Display order: highest threat first, then by rule, then by place, so two runs print alike.</summary>
internal static class FindingOrder
{
    public static IEnumerable<Finding> ForDisplay(IEnumerable<Finding> findings) =>
        findings
            .OrderByDescending(f => f.Threat)
            .ThenBy(f => f.RuleId, StringComparer.Ordinal)
            .ThenBy(f => f.Source?.File, StringComparer.Ordinal)
            .ThenBy(f => f.Source?.Line ?? 0)
            .ThenBy(f => f.Endpoint, StringComparer.Ordinal)
            .ThenBy(f => f.Location, StringComparer.Ordinal);

    /// <summary><c>file:12:5</c>, <c>file:12</c> or <c>file</c>.</summary>
    public static string? Place(SourceLocation? source) => source switch
    {
        null => null,
        { Line: > 0, Column: > 0 } => $"{source.File}:{source.Line}:{source.Column}",
        { Line: > 0 } => $"{source.File}:{source.Line}",
        _ => source.File,
    };
}
