namespace Vigil.Inventory.Traffic;

/// <summary>
/// Decides whether one path segment is an object identifier rather than a fixed word of the route.
/// Recognised: integers, UUIDs (with or without dashes, braces), hex strings of 8+ chars with a digit
/// (hashes, Mongo ObjectIds), long mixed letter/digit tokens (ULIDs, base62/base64url keys), and personal data
/// used as a key — e-mail addresses and international phone numbers, raw or percent-encoded — so that the name of
/// an endpoint (stored, shown, sent in alerts) never carries them. Words such as <c>v2</c>, <c>orders</c>,
/// <c>2fa</c> or <c>me</c> stay literal.
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

        if (s.Length >= 16 && IsOpaqueToken(s))
        {
            return true;
        }

        return IsEmail(s) || IsPhoneNumber(s);
    }

    // local@domain.tld, with '@' raw or encoded as %40; the domain needs a dot so handles such as @me stay words.
    private static bool IsEmail(ReadOnlySpan<char> s)
    {
        var at = s.IndexOf('@');
        var atLength = 1;
        if (at < 0)
        {
            at = s.IndexOf("%40", StringComparison.OrdinalIgnoreCase);
            atLength = 3;
        }

        return at > 0 && s[(at + atLength)..].IndexOf('.') > 0;
    }

    // E.164: '+' (raw, or %2B) then 7-15 digits; separators '-', '.' and spaces (%20) are allowed between digits.
    private static bool IsPhoneNumber(ReadOnlySpan<char> s)
    {
        if (s.StartsWith("%2B", StringComparison.OrdinalIgnoreCase))
        {
            s = s[3..];
        }
        else if (s.Length > 0 && s[0] == '+')
        {
            s = s[1..];
        }
        else
        {
            return false;
        }

        var digits = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsAsciiDigit(s[i]))
            {
                digits++;
            }
            else if (s[i] == '%' && s[i..].StartsWith("%20", StringComparison.Ordinal))
            {
                i += 2;
            }
            else if (s[i] is not ('-' or '.'))
            {
                return false;
            }
        }

        return digits is >= 7 and <= 15;
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
