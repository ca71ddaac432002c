namespace Vigil.Detection.Behaviour.Events;

/// <summary>
/// Cheap facts about JSON bodies, by one linear character scan (no parser, no allocation): how many records a
/// response lists and the username a login body names. Truncated or malformed JSON gives what was seen so far.
/// </summary>
internal static class BodyFacts
{
    private const int MaxScan = 256 * 1024;
    private static readonly string[] ListNames = ["\"items\"", "\"data\"", "\"results\"", "\"records\"", "\"content\"", "\"customers\"", "\"orders\""];
    private static readonly string[] UserNames = ["\"username\"", "\"email\"", "\"login\"", "\"user\"", "\"phone\"", "\"userName\""];

    /// <summary>Elements of the top-level array, or of the first well-known list property; 1 for any other JSON value.</summary>
    public static int Records(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return 0;
        }

        var span = body.AsSpan(0, Math.Min(body.Length, MaxScan)).TrimStart();
        if (span.Length == 0)
        {
            return 0;
        }

        if (span[0] == '[')
        {
            return JsonArrayCount.Elements(span);
        }

        foreach (var name in ListNames)
        {
            var at = span.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var rest = span[(at + name.Length)..].TrimStart();
            if (rest.Length > 0 && rest[0] == ':')
            {
                rest = rest[1..].TrimStart();
                if (rest.Length > 0 && rest[0] == '[')
                {
                    return JsonArrayCount.Elements(rest);
                }
            }
        }

        return 1;
    }

    /// <summary>
    /// Values of <c>"id"</c> properties (numbers or short strings) in a JSON response, at most <paramref name="max"/>:
    /// the objects the client was shown, so opening them next is not enumeration. Null when there are none.
    /// </summary>
    public static List<string>? Ids(string? body, int max = 100)
    {
        if (string.IsNullOrEmpty(body))
        {
            return null;
        }

        List<string>? ids = null;
        var span = body.AsSpan(0, Math.Min(body.Length, MaxScan));
        var offset = 0;
        while (ids is not { Count: var n } || n < max)
        {
            var at = span[offset..].IndexOf("\"id\"", StringComparison.Ordinal);
            if (at < 0)
            {
                break;
            }

            offset += at + 4;
            if (JsonScalar.Read(JsonScalar.AfterColon(span[offset..])) is { } id)
            {
                (ids ??= []).Add(id);
            }
        }

        return ids;
    }

    /// <summary>The string value of the first username-like property, or null (absent, not a string, or masked).</summary>
    public static string? Username(string? body)
    {
        if (string.IsNullOrEmpty(body) || body.Length > 16 * 1024)
        {
            return null;
        }

        foreach (var name in UserNames)
        {
            var at = body.IndexOf(name, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            var rest = body.AsSpan(at + name.Length).TrimStart();
            if (rest.Length < 2 || rest[0] != ':')
            {
                continue;
            }

            rest = rest[1..].TrimStart();
            if (rest.Length < 2 || rest[0] != '"')
            {
                continue;
            }

            var end = rest[1..].IndexOf('"');
            if (end <= 0 || end > 256)
            {
                continue;
            }

            var value = rest.Slice(1, end);
            return value.Contains("****", StringComparison.Ordinal) ? null : value.ToString();
        }

        return null;
    }
}
