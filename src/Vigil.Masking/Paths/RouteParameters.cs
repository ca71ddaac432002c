using Vigil.Masking.Names;

namespace Vigil.Masking.Paths;

/// <summary>
/// Path segments bound to a sensitive route parameter: with route <c>/reset/{token}</c>, the path
/// <c>/reset/8f14e45f</c> becomes <c>/reset/****</c>. A reset or invite token has no recognisable shape, so the
/// route template is the only thing that says it is a secret.
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

        // Align from the end: the path may carry a PathBase the template does not know about.
        var offset = pathSegments.Length - routeSegments.Length;
        if (offset < 0)
        {
            return path;
        }

        var changed = false;
        for (var i = 0; i < routeSegments.Length; i++)
        {
            var template = routeSegments[i];
            ref var segment = ref pathSegments[offset + i];
            if (!IsParameter(template, out var name))
            {
                // A literal that does not match means optional or catch-all parameters shifted things: leave it.
                if (!template.Equals(segment, StringComparison.OrdinalIgnoreCase))
                {
                    return path;
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
