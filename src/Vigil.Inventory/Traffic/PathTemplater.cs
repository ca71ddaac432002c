using System.Text;

namespace Vigil.Inventory.Traffic;

/// <summary>
/// Turns a concrete request path into a route template when the SDK could not supply one, by replacing the
/// segments that look like object identifiers: <c>/orders/1042/items/9f1c…</c> becomes <c>/orders/{id}/items/{id2}</c>.
/// Pure and allocation-light: it is on the collector's ingest path.
/// </summary>
public static class PathTemplater
{
    private const int MaxSegments = 64;

    public static string Template(string path)
    {
        if (string.IsNullOrEmpty(path) || path == "/")
        {
            return "/";
        }

        var span = path.AsSpan();
        var query = span.IndexOfAny('?', '#');
        if (query >= 0)
        {
            span = span[..query];
        }

        if (!ContainsIdLikeSegment(span))
        {
            return span.Length == path.Length ? path : span.ToString();
        }

        var builder = new StringBuilder(span.Length);
        var ids = 0;
        var segments = 0;
        foreach (var range in span.Split('/'))
        {
            var segment = span[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            builder.Append('/');
            if (++segments > MaxSegments)
            {
                builder.Append("{rest}");
                break;
            }

            if (IdSegment.Looks(segment))
            {
                ids++;
                builder.Append(ids == 1 ? "{id}" : $"{{id{ids}}}");
            }
            else
            {
                builder.Append(segment);
            }
        }

        if (span.EndsWith("/") && builder.Length > 0 && segments <= MaxSegments)
        {
            builder.Append('/');
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    private static bool ContainsIdLikeSegment(ReadOnlySpan<char> path)
    {
        foreach (var range in path.Split('/'))
        {
            if (IdSegment.Looks(path[range]))
            {
                return true;
            }
        }

        return false;
    }
}
