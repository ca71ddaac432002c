using System.Globalization;
using System.Text.Json.Nodes;

namespace Vigil.OpenApi.Loading;

/// <summary>RFC 6901 pointers over JSON nodes.</summary>
internal static class PointerText
{
    public static string Escape(string segment) => segment.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    public static string Child(string parent, string segment) => parent + "/" + Escape(segment);

    public static string Unescape(string segment) => segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);

    /// <summary>The node at <paramref name="pointer"/> (empty = the root), or null when there is none.</summary>
    public static JsonNode? Find(JsonNode? root, string pointer)
    {
        if (pointer.Length == 0 || pointer == "/")
        {
            return root;
        }

        var node = root;
        foreach (var raw in pointer.TrimStart('/').Split('/'))
        {
            var segment = Unescape(raw);
            node = node switch
            {
                JsonObject o => o.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray a when int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < a.Count => a[i],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }

        return node;
    }
}
