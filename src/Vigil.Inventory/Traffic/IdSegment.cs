namespace Vigil.Inventory.Traffic;

/// <summary>
/// Decides whether one path segment is an object identifier rather than a fixed word of the route.
/// Recognised: integers, UUIDs (with or without dashes, braces), hex strings of 8+ chars with a digit
/// (hashes, Mongo ObjectIds), and long mixed letter/digit tokens (ULIDs, base62/base64url keys). Words such as
/// <c>v2</c>, <c>orders</c>, <c>2fa</c> or <c>me</c> stay literal.
/// </summary>
internal static class IdSegment
{
    public static bool Looks(ReadOnlySpan<char> s)
    {
        if (s.IsEmpty || s.Length > 256)
        {
            return false;
        }

        if (IsInteger(s))
        {
            return true;
        }

        if (IsUuid(s))
        {
            return true;
        }

        if (s.Length >= 8 && IsHexWithDigit(s))
        {
            return true;
        }

        return s.Length >= 16 && IsOpaqueToken(s);
    }

    private static bool IsInteger(ReadOnlySpan<char> s)
    {
        var start = s[0] == '-' && s.Length > 1 ? 1 : 0;
        for (var i = start; i < s.Length; i++)
        {
            if (!char.IsAsciiDigit(s[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsUuid(ReadOnlySpan<char> s)
    {
        if (s.Length is 38 && s[0] == '{' && s[^1] == '}')
        {
            s = s[1..^1];
        }

        return s.Length is 32 or 36 && Guid.TryParse(s, out _);
    }

    private static bool IsHexWithDigit(ReadOnlySpan<char> s)
    {
        var digit = false;
        foreach (var c in s)
        {
            if (char.IsAsciiDigit(c))
            {
                digit = true;
            }
            else if (!char.IsAsciiHexDigit(c))
            {
                return false;
            }
        }

        return digit;
    }

    // Long opaque tokens (ULIDs, base62/base64url keys) switch between letters and digits often; slugs such as
    // report-2024-final switch rarely. No dots, so file names stay literal.
    private static bool IsOpaqueToken(ReadOnlySpan<char> s)
    {
        int digits = 0, letters = 0, switches = 0;
        var last = '\0';
        foreach (var c in s)
        {
            char kind;
            if (char.IsAsciiDigit(c))
            {
                digits++;
                kind = 'd';
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
                kind = 'l';
            }
            else if (c is '-' or '_')
            {
                continue;
            }
            else
            {
                return false;
            }

            if (last != '\0' && kind != last)
            {
                switches++;
            }

            last = kind;
        }

        return digits >= 2 && letters >= 2 && switches >= 4;
    }
}
