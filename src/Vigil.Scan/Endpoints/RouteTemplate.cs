using System.Text;

namespace Vigil.Scan.Endpoints;

/// <summary>Route template arithmetic: combining prefixes, replacing <c>[controller]</c> tokens, removing constraints.</summary>
internal static class RouteTemplate
{
    /// <summary>Controller rule: an action template starting with <c>/</c> or <c>~/</c> ignores the controller's.</summary>
    public static string CombineAttribute(string? prefix, string? template)
    {
        if (template is not null && (template.StartsWith('/') || template.StartsWith("~/", StringComparison.Ordinal)))
        {
            return template.TrimStart('~');
        }

        return Join(prefix, template);
    }

    public static string Join(string? prefix, string? template)
    {
        prefix = (prefix ?? "").TrimStart('~').Trim('/');
        template = (template ?? "").TrimStart('~').Trim('/');
        return prefix.Length == 0 ? template : template.Length == 0 ? prefix : prefix + "/" + template;
    }

    public static string ReplaceTokens(string template, string controller, string action, string? area)
    {
        var result = new StringBuilder(template.Length);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '[' && i + 1 < template.Length && template[i + 1] != '[' && template.IndexOf(']', i) is var end and > 0)
            {
                var token = template[(i + 1)..end];
                var value = token.ToLowerInvariant() switch
                {
                    "controller" => controller,
                    "action" => action,
                    "area" => area ?? "",
                    _ => null,
                };
                if (value is not null)
                {
                    result.Append(value);
                    i = end;
                    continue;
                }
            }

            result.Append(template[i]);
        }

        return result.ToString();
    }

    /// <summary><c>api//orders/{id:int:min(1)}/{**rest}</c> → <c>/api/orders/{id}/{rest}</c>.</summary>
    public static string Normalize(string template)
    {
        var result = new StringBuilder("/", template.Length + 1);
        var i = 0;
        while (i < template.Length)
        {
            var c = template[i];
            if (c == '{' && i + 1 < template.Length && template[i + 1] != '{')
            {
                var end = ParameterEnd(template, i);
                result.Append('{').Append(ParameterName(template[(i + 1)..end])).Append('}');
                i = end + 1;
                continue;
            }

            if (c == '/' && result[^1] == '/')
            {
                i++;
                continue;
            }

            result.Append(c);
            i++;
        }

        if (result.Length > 1 && result[^1] == '/')
        {
            result.Length--;
        }

        return result.ToString();
    }

    public static IReadOnlyList<string> ParameterNames(string template)
    {
        var names = new List<string>();
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 1 < template.Length && template[i + 1] != '{')
            {
                var end = ParameterEnd(template, i);
                names.Add(ParameterName(template[(i + 1)..end]));
                i = end;
            }
        }

        return names;
    }

    // Constraints may hold braces of their own (regex(^\d{{3}}$)); count depth to find the closing one.
    private static int ParameterEnd(string template, int open)
    {
        var depth = 0;
        for (var j = open; j < template.Length; j++)
        {
            if (template[j] == '{')
            {
                depth++;
            }
            else if (template[j] == '}' && --depth == 0)
            {
                return j;
            }
        }

        return template.Length - 1;
    }

    private static string ParameterName(string inside)
    {
        var name = inside.TrimStart('*');
        var cut = name.IndexOfAny([':', '=', '?']);
        return (cut >= 0 ? name[..cut] : name).Trim();
    }
}
