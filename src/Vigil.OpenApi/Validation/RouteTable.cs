using Microsoft.OpenApi;

namespace Vigil.OpenApi.Validation;

/// <summary>
/// The spec's paths as segment lists, matched against request paths. A literal segment beats a parameter, so
/// <c>/orders/mine</c> wins over <c>/orders/{id}</c>; server base paths (<c>https://host/v1</c>) are stripped first.
/// </summary>
internal sealed class RouteTable
{
    private readonly List<Route> _routes = [];
    private readonly List<string> _basePaths;

    public RouteTable(OpenApiDocument document)
    {
        _basePaths = [.. (document.Servers ?? []).Select(s => BasePath(s.Url)).Where(p => p.Length > 1).Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length)];
        foreach (var (template, item) in document.Paths ?? [])
        {
            var segments = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
            _routes.Add(new Route(template, item, segments));
        }

        // Most literal segments first: the first match is the most specific.
        _routes.Sort((a, b) => b.Literals.CompareTo(a.Literals));
    }

    /// <summary>The documented route the path falls under, with its path parameter values; null when none.</summary>
    public (Route Route, Dictionary<string, string> Values)? Match(string path)
    {
        var candidates = new List<string> { path };
        candidates.AddRange(_basePaths.Where(b => path.StartsWith(b, StringComparison.Ordinal)).Select(b => path[b.Length..]));
        foreach (var candidate in candidates)
        {
            var segments = candidate.Split('/', StringSplitOptions.RemoveEmptyEntries);
            foreach (var route in _routes)
            {
                if (route.TryMatch(segments, out var values))
                {
                    return (route, values);
                }
            }
        }

        return null;
    }

    private static string BasePath(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return "";
        }

        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsolutePath : url.StartsWith('/') ? url : "";
        return path.TrimEnd('/');
    }

    internal sealed class Route(string template, IOpenApiPathItem item, string[] segments)
    {
        public string Template { get; } = template;

        public IOpenApiPathItem Item { get; } = item;

        public int Literals { get; } = segments.Count(s => !s.Contains('{', StringComparison.Ordinal));

        public bool TryMatch(string[] path, out Dictionary<string, string> values)
        {
            values = new Dictionary<string, string>(StringComparer.Ordinal);
            if (path.Length != segments.Length)
            {
                return false;
            }

            for (var i = 0; i < path.Length; i++)
            {
                var expected = segments[i];
                var actual = Uri.UnescapeDataString(path[i]);
                if (expected.StartsWith('{') && expected.EndsWith('}'))
                {
                    values[expected[1..^1]] = actual;
                }
                else if (!string.Equals(expected, actual, StringComparison.Ordinal))
                {
                    return false;
                }
            }

            return true;
        }
    }
}
