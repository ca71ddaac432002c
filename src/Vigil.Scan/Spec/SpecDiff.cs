using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Spec;

/// <summary>
/// Shadow endpoints (in code, missing from the spec) and zombie endpoints (in the spec, gone from the code). Routes match
/// whatever their parameters are called and in any letter case, as ASP.NET Core routing does; a code endpoint that
/// accepts any method matches every spec method on its route.
/// </summary>
public static class SpecDiff
{
    public static (IReadOnlyList<SpecDiffEntry> Shadow, IReadOnlyList<SpecDiffEntry> Zombie) Compare(IReadOnlyList<ScanEndpoint> code, IReadOnlyList<SpecOperation> spec, string specFile)
    {
        var specKeys = spec.Select(o => (o.Method, Shape(o.Route))).ToHashSet();
        var specRoutes = spec.Select(o => Shape(o.Route)).ToHashSet(StringComparer.Ordinal);
        var shadow = new List<SpecDiffEntry>();
        foreach (var e in code)
        {
            foreach (var method in e.Methods)
            {
                var found = method == "*" ? specRoutes.Contains(Shape(e.Route)) : specKeys.Contains((method, Shape(e.Route)));
                if (!found)
                {
                    shadow.Add(new SpecDiffEntry(method, e.Route, e.Source.File, e.Source.Line, e.Handler));
                }
            }
        }

        var codeKeys = code.SelectMany(e => e.Methods.Select(m => (m, Shape(e.Route)))).ToHashSet();
        var anyMethod = code.Where(e => e.Methods.Contains("*")).Select(e => Shape(e.Route)).ToHashSet(StringComparer.Ordinal);
        var zombie = spec
            .Where(o => !codeKeys.Contains((o.Method, Shape(o.Route))) && !anyMethod.Contains(Shape(o.Route)))
            .Select(o => new SpecDiffEntry(o.Method, o.Route, specFile, o.Line, null))
            .ToList();
        return (shadow, zombie);
    }

    /// <summary><c>/Orders/{orderId}/</c> → <c>/orders/{}</c>.</summary>
    internal static string Shape(string route)
    {
        var segments = route.Trim('/').Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.StartsWith('{') && s.EndsWith('}') ? "{}" : s.ToLowerInvariant());
        return "/" + string.Join('/', segments);
    }
}

/// <summary>One side of the diff: method and route with the place to look (source file, or the spec file).</summary>
public sealed record SpecDiffEntry(string Method, string Route, string File, int Line, string? Handler);
