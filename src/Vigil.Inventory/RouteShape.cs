using System.Text;

namespace Vigil.Inventory;

/// <summary>
/// The shape of a route template, for matching the same endpoint across code, spec and traffic:
/// <c>/Orders/{id:int}/</c>, <c>/orders/{orderId}</c> and <c>/orders/{id}</c> all become <c>/orders/{}</c>.
/// Literal segments compare case-insensitively because ASP.NET Core routing does.
/// </summary>
public static class RouteShape
{
    public static string Of(string route)
    {
        var path = route.AsSpan();
        var query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        var builder = new StringBuilder(path.Length + 1);
        foreach (var range in path.Split('/'))
        {
            var segment = path[range];
            if (segment.IsEmpty)
            {
                continue;
            }

            builder.Append('/');
            if (segment[0] == '{' && segment[^1] == '}')
            {
                builder.Append("{}");
            }
            else
            {
                foreach (var c in segment)
                {
                    builder.Append(char.ToLowerInvariant(c));
                }
            }
        }

        return builder.Length == 0 ? "/" : builder.ToString();
    }

    /// <summary><c>GET /orders/{}</c>: the method upper-cased and the route's shape.</summary>
    public static string Key(string method, string route) => $"{method.ToUpperInvariant()} {Of(route)}";

    /// <summary>The key of an endpoint written as <c>"GET /orders/{id}"</c>; null when it is not in that form.</summary>
    public static string? KeyOf(string? endpoint)
    {
        var space = endpoint?.IndexOf(' ', StringComparison.Ordinal) ?? -1;
        return space > 0 && space < endpoint!.Length - 1 && endpoint[space + 1] == '/' ? Key(endpoint[..space], endpoint[(space + 1)..]) : null;
    }
}
