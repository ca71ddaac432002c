namespace Vigil.Masking.Patterns;

/// <summary>
/// Finds the counted repeats (<c>{n}</c>, <c>{n,m}</c>, <c>{n,}</c>) of a custom pattern that would make the linear-time
/// engine slow. That engine is linear in the text but not in the pattern: it tracks every position a counted repeat
/// may have reached, so <c>.{1,150}</c> after an alternation multiplies its states and one 100-character value costs
/// milliseconds. A range may reach at most <see cref="MaxRange"/> (enough for "a few more characters"); an open
/// upper bound is refused because the engine unrolls <c>{n,}</c> into n copies plus a star, and a user who wants
/// "any length" can write <c>+</c> or <c>*</c>. An exact count may go to <see cref="MaxExact"/>, because fixed-length
/// tokens (<c>[0-9a-f]{32}</c>) are the common custom pattern; the save-time cost probe still catches a costly one.
/// </summary>
internal static class CountedRepeats
{
    public const int MaxRange = 16;

    public const int MaxExact = 64;

    /// <summary>The first counted repeat that is too large, as written, or null.</summary>
    public static string? FirstTooLarge(string pattern)
    {
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\')
            {
                i++;
            }
            else if (inClass)
            {
                inClass = c != ']';
            }
            else if (c == '[')
            {
                inClass = true;
                // A ']' right after '[' or '[^' is a literal, not the end of the class.
                if (i + 1 < pattern.Length && pattern[i + 1] == '^')
                {
                    i++;
                }

                if (i + 1 < pattern.Length && pattern[i + 1] == ']')
                {
                    i++;
                }
            }
            else if (c == '{' && TooLarge(pattern, i) is { } quantifier)
            {
                return quantifier;
            }
        }

        return null;
    }

    private static string? TooLarge(string pattern, int open)
    {
        var close = pattern.IndexOf('}', open);
        if (close < 0)
        {
            return null;
        }

        var body = pattern.AsSpan(open + 1, close - open - 1);
        var comma = body.IndexOf(',');
        var lowText = comma < 0 ? body : body[..comma];
        if (!int.TryParse(lowText, System.Globalization.NumberStyles.None, null, out var low))
        {
            return null; // not a quantifier: .NET reads a lone '{' as a literal
        }

        var quantifier = pattern.Substring(open, close - open + 1);
        if (comma < 0)
        {
            return low > MaxExact ? quantifier : null;
        }

        var highText = body[(comma + 1)..];
        if (highText.IsEmpty)
        {
            return quantifier;
        }

        if (!int.TryParse(highText, System.Globalization.NumberStyles.None, null, out var high))
        {
            return null;
        }

        return high > MaxRange ? quantifier : null;
    }
}
