namespace Vigil.Detection.Tests.Behaviour.Events;

/// <summary>Record counting as it was before its scan skipped strings and nested values by search (commit defab84): the oracle.</summary>
internal static class ReferenceRecordCount
{
    private const int MaxScan = 256 * 1024;
    private static readonly string[] ListNames = ["\"items\"", "\"data\"", "\"results\"", "\"records\"", "\"content\"", "\"customers\"", "\"orders\""];

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
            return CountElements(span);
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
                    return CountElements(rest);
                }
            }
        }

        return 1;
    }

    // Counts commas at the array's own depth, skipping strings: "[1,[2,3],{"a":4}]" has 3 elements.
    private static int CountElements(ReadOnlySpan<char> array)
    {
        var depth = 0;
        var commas = 0;
        var any = false;
        var inString = false;
        for (var i = 0; i < array.Length; i++)
        {
            var c = array[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    any |= depth == 1;
                    break;
                case '[' or '{':
                    any |= depth == 1;
                    depth++;
                    break;
                case ']' or '}':
                    depth--;
                    if (depth == 0)
                    {
                        return any ? commas + 1 : 0;
                    }

                    break;
                case ',' when depth == 1:
                    commas++;
                    break;
                default:
                    any |= depth == 1 && !char.IsWhiteSpace(c);
                    break;
            }
        }

        // Truncated: the elements seen so far.
        return any ? commas + 1 : 0;
    }
}
