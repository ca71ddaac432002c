using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Design;

internal sealed class InconsistentNamingCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3033", "Path naming inconsistent with the rest of the API", AuditCategories.Design, ThreatLevel.Low, null, null,
        "Name path segments one way across the API (most APIs use kebab-case: /order-items); mixed styles make routes hard to guess and to secure by pattern.");

    public void Run(AuditContext context)
    {
        var paths = context.Document.Paths?.Keys.ToList() ?? [];
        var styles = paths.ToDictionary(p => p, p => NamingStyle.Of(Segments(p)));
        var counts = styles.Values.Where(s => s is not NamingStyle.Neutral and not NamingStyle.Mixed)
            .GroupBy(s => s).Select(g => (Style: g.Key, Count: g.Count())).OrderByDescending(g => g.Count).ToList();
        if (counts.Count == 0)
        {
            return;
        }

        var dominant = counts[0].Style;
        foreach (var (path, style) in styles)
        {
            if (style != NamingStyle.Neutral && style != dominant)
            {
                var what = style == NamingStyle.Mixed ? "mixes naming styles" : $"is {NamingStyle.Name(style)}";
                context.Report(Descriptor, Pointer.Child("/paths", path), $"Path {path} {what} while most paths are {NamingStyle.Name(dominant)}.");
            }
        }
    }

    // Static segments only: "{orderId}" is a parameter name, not part of the route's style.
    private static IEnumerable<string> Segments(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(s => !s.Contains('{', StringComparison.Ordinal) && !s.Contains('.', StringComparison.Ordinal));
}
