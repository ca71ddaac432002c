namespace Vigil.Scan.Endpoints;

/// <summary>
/// One conventionally routed action under one pattern. Trailing segments that routing lets a URL leave out — optional
/// (<c>{id?}</c>), catch-all, or a default that is this action's own value (<c>{action=Index}</c> for Index) — give the
/// shorter routes too: under <c>{controller=Home}/{action=Index}/{id?}</c>, HomeController.Index answers
/// <c>/Home/Index/{id}</c>, <c>/Home/Index</c>, <c>/Home</c> and <c>/</c>.
/// </summary>
internal static class ConventionalRoute
{
    public static IEnumerable<string> Expand(string pattern, string controller, string action, string? area)
    {
        var segments = new List<(string Text, bool Droppable)>();
        foreach (var segment in pattern.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = RouteTemplate.ParameterNames(segment).FirstOrDefault();
            var value = name?.ToLowerInvariant() switch
            {
                "controller" => controller,
                "action" => action,
                "area" => area ?? "",
                _ => null,
            };
            segments.Add((value ?? segment, name is not null && Droppable(segment, value)));
        }

        yield return string.Join('/', segments.Select(s => s.Text));
        for (var keep = segments.Count - 1; keep >= 0 && segments[keep].Droppable; keep--)
        {
            yield return string.Join('/', segments.Take(keep).Select(s => s.Text));
        }
    }

    // {id?}, {*rest}, {page=1}; {action=Index} only for Index itself (Contact has to be written).
    private static bool Droppable(string segment, string? value)
    {
        if (!segment.StartsWith('{') || !segment.EndsWith('}'))
        {
            return false;
        }

        var inner = segment[1..^1];
        var equals = inner.IndexOf('=', StringComparison.Ordinal);
        if (equals >= 0)
        {
            return value is null || string.Equals(inner[(equals + 1)..], value, StringComparison.OrdinalIgnoreCase);
        }

        return inner.EndsWith('?') || inner.StartsWith('*');
    }
}
