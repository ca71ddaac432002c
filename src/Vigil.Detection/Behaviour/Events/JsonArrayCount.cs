using System.Buffers;

namespace Vigil.Detection.Behaviour.Events;

/// <summary>The elements of a JSON array from its text, by one scan without a parser; a cut array counts what it shows.</summary>
internal static class JsonArrayCount
{
    private static readonly SearchValues<char> StringStops = SearchValues.Create("\"\\");
    private static readonly SearchValues<char> NestedStops = SearchValues.Create("\"[]{}");

    // Counts commas at the array's own depth, skipping strings: "[1,[2,3],{"a":4}]" has 3 elements. Inside a string
    // or a nested value only quotes, escapes and brackets matter, so those stretches are skipped by vectorised search
    // rather than walked char by char (a response of 100 objects is mostly such stretches).
    public static int Elements(ReadOnlySpan<char> array)
    {
        var depth = 0;
        var commas = 0;
        var any = false;
        var inString = false;
        for (var i = 0; i < array.Length; i++)
        {
            if (inString)
            {
                var end = array[i..].IndexOfAny(StringStops);
                if (end < 0)
                {
                    break;
                }

                i += end;
                if (array[i] == '\\')
                {
                    i++;
                }
                else
                {
                    inString = false;
                }

                continue;
            }

            if (depth > 1)
            {
                var next = array[i..].IndexOfAny(NestedStops);
                if (next < 0)
                {
                    break;
                }

                i += next;
            }

            var c = array[i];
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
