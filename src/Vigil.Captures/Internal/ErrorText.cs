using System.Text.Json;

namespace Vigil.Captures.Internal;

/// <summary>JSON exceptions turned into what a user can act on: the field and what is wrong, without CLR type names.</summary>
internal static class ErrorText
{
    // "$.response.status" -> "response.status"; null when the problem is the JSON itself.
    public static string? FieldOf(JsonException ex)
    {
        // The serializer wraps the reader's syntax errors (an inner JsonException) and still names the property it was in.
        if (IsSyntax(ex))
        {
            return null;
        }

        var path = ex.Path;
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        return path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
    }

    public static bool IsSyntax(JsonException ex) => ex.InnerException is JsonException;

    public static string Describe(JsonException ex)
    {
        // The protocol's converters throw messages meant for people; the serializer's own name CLR types.
        var ours = ex.Message is { Length: > 0 } m && !m.Contains("Path:", StringComparison.Ordinal) && !m.Contains("System.", StringComparison.Ordinal);
        var what = ours ? ex.Message : FieldOf(ex) is null ? "not valid JSON" : "has the wrong type or is malformed";
        return ex.BytePositionInLine is { } at ? $"{what} (at byte {at + 1})" : what;
    }
}
