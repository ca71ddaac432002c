using Vigil.Masking.Names;

namespace Vigil.Masking.Paths;

/// <summary>
/// Path segments bound to a sensitive route parameter: with route <c>/reset/{token}</c>, the path
/// <c>/reset/8f14e45f</c> becomes <c>/reset/****</c>. A reset or invite token has no recognisable shape, so the
/// route template is the only thing that says it is a secret. When the path cannot be aligned with a route that has
/// a sensitive parameter (catch-alls, optional segments, a route that does not match), it fails closed: every
/// segment that is not one of the route's literals is masked.
/// </summary>
internal static class RouteParameters
{
    public static string Mask(string path, string route, SensitiveNames names)
    {
        // Most routes have no parameter at all (/orders, /health); splitting them cost 152 B per exchange for nothing.
        if (!route.Contains('{', StringComparison.Ordinal))
        {
            return path;
        }

        var routeSegments = route.Trim('/').Split('/');
        var pathSegments = path.Split('/');

        // Routing matches /reset/abc/ and /reset/abc// to /reset/{token}: trailing empty segments are not route segments.
        var used = pathSegments.Length;
        while (used > 1 && pathSegments[used - 1].Length == 0)
        {
            used--;
        }

        // Align from the end: the path may carry a PathBase the template does not know about.
        var offset = used - routeSegments.Length;
        if (offset < 0)
        {
            return Unaligned(path, pathSegments, routeSegments, names);
        }

        var changed = false;
        for (var i = 0; i < routeSegments.Length; i++)
        {
            var template = routeSegments[i];
            ref var segment = ref pathSegments[offset + i];
            if (!IsParameter(template, out var name))
            {
                if (!template.Equals(segment, StringComparison.OrdinalIgnoreCase))
                {
                    return Unaligned(path, pathSegments, routeSegments, names);
                }

                continue;
            }

            if (segment.Length > 0 && names.IsSensitive(name))
            {
                segment = Masker.Redacted;
                changed = true;
            }
        }

        return changed ? string.Join('/', pathSegments) : path;
    }

    // Optional or catch-all parameters shifted the segments, or the route is not this path's: which segment holds the
    // secret is unknown, so keep only the route's literals when a sensitive parameter is at stake.
    private static string Unaligned(string path, string[] pathSegments, string[] routeSegments, SensitiveNames names)
    {
        var literals = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var sensitive = false;
        foreach (var template in routeSegments)
        {
            if (IsParameter(template, out var name))
            {
                sensitive |= names.IsSensitive(name);
            }
            else
            {
                literals.Add(template);
            }
        }

        if (!sensitive)
        {
            return path;
        }

        for (var i = 0; i < pathSegments.Length; i++)
        {
            if (pathSegments[i].Length > 0 && !literals.Contains(pathSegments[i]))
            {
                pathSegments[i] = Masker.Redacted;
            }
        }

        return string.Join('/', pathSegments);
    }

    /// <summary>A whole-segment parameter such as <c>{token}</c>, <c>{id:int}</c> or <c>{code?}</c>, with its name.</summary>
    private static bool IsParameter(string template, out ReadOnlySpan<char> name)
    {
        name = default;
        if (template.Length < 3 || template[0] != '{' || template[^1] != '}' || template.AsSpan(1).Contains('{'))
        {
            return false;
        }

        var inner = template.AsSpan(1, template.Length - 2).TrimStart('*');
        var end = inner.IndexOfAny(":=?");
        name = end < 0 ? inner : inner[..end];
        return true;
    }
}
