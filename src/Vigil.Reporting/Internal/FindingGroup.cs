using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>
/// Findings about one subject: one captured event (traffic engines), else one file (audit, scan), else one endpoint.
/// People fix one request or one file at a time, so the terminal shows them together.
/// </summary>
internal sealed record FindingGroup(string Heading, bool ShowsPlace, IReadOnlyList<Finding> Findings)
{
    public static IReadOnlyList<FindingGroup> Of(IEnumerable<Finding> findings) =>
        FindingOrder.ForDisplay(findings)
            .GroupBy(Key, StringComparer.Ordinal)
            .Select(g => Create(g.ToList()))
            .OrderByDescending(g => g.Findings.Max(f => f.Threat))
            .ThenBy(g => g.Heading, StringComparer.Ordinal)
            .ToList();

    private static string Key(Finding f) =>
        f.EventId is { } id ? "e:" + id.ToString("N")
        : f.Source is { } s ? "f:" + s.File
        : f.Endpoint is { } e ? "p:" + e
        : "";

    private static FindingGroup Create(List<Finding> findings)
    {
        var first = findings[0];
        if (first.EventId is { } id)
        {
            var parts = new[] { first.Endpoint, FindingOrder.Place(first.Source), "event " + id.ToString("N")[..8] };
            return new(string.Join(" · ", parts.Where(p => p is not null)), ShowsPlace: true, findings);
        }

        if (first.Source is { } source)
        {
            return new(source.File, ShowsPlace: false, findings);
        }

        return new(first.Endpoint ?? "Other findings", ShowsPlace: true, findings);
    }
}
