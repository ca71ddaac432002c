namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Character references as a browser reads them in text and attribute values: named (common set),
/// decimal and hex, with or without the semicolon, with any number of leading zeros.
/// </summary>
internal static class HtmlEntityDecoder
{
    // Enough for any code point after leading zeros are skipped; more digits are consumed but make it invalid.
    private const int MaxSignificantDigits = 8;
    private const int MaxNameLength = 32;

    public static (string Decoded, bool Changed) Decode(string value)
    {
        ReadOnlySpan<char> s = value;
        int first = s.IndexOf('&');
        if (first < 0)
        {
            return (value, false);
        }

        var buffer = new CharBuffer(stackalloc char[CharBuffer.StackSize], s.Length);
        try
        {
            Span<char> output = buffer.Span;
            s[..first].CopyTo(output);
            int n = first;
            bool changed = false;
            int i = first;
            while (i < s.Length)
            {
                if (s[i] == '&' && TryReference(s, i, output, ref n, out int consumed))
                {
                    i += consumed;
                    changed = true;
                }
                else
                {
                    output[n++] = s[i++];
                }
            }

            return changed ? (buffer.ToString(n), true) : (value, false);
        }
        finally
        {
            buffer.Dispose();
        }
    }

    private static bool TryReference(ReadOnlySpan<char> s, int amp, Span<char> output, ref int n, out int consumed)
    {
        consumed = 0;
        int j = amp + 1;
        if (j >= s.Length)
        {
            return false;
        }

        return s[j] == '#' ? TryNumeric(s, amp, output, ref n, out consumed) : TryNamed(s, amp, output, ref n, out consumed);
    }

    private static bool TryNumeric(ReadOnlySpan<char> s, int amp, Span<char> output, ref int n, out int consumed)
    {
        consumed = 0;
        int j = amp + 2;
        bool hex = j < s.Length && (s[j] == 'x' || s[j] == 'X');
        if (hex)
        {
            j++;
        }

        int start = j;
        int value = 0;
        int significant = 0;
        while (j < s.Length)
        {
            int d = hex ? Hex.Value(s[j]) : (s[j] is >= '0' and <= '9' ? s[j] - '0' : -1);
            if (d < 0)
            {
                break;
            }

            if (value != 0 || d != 0)
            {
                significant++;
                if (significant <= MaxSignificantDigits)
                {
                    value = (value * (hex ? 16 : 10)) + d;
                }
            }

            j++;
        }

        if (j == start)
        {
            return false;
        }

        if (j < s.Length && s[j] == ';')
        {
            j++;
        }

        n += Hex.WriteCodePoint(output, n, significant > MaxSignificantDigits ? -1 : value);
        consumed = j - amp;
        return true;
    }

    private static bool TryNamed(ReadOnlySpan<char> s, int amp, Span<char> output, ref int n, out int consumed)
    {
        consumed = 0;
        int j = amp + 1;
        while (j < s.Length && j - amp <= MaxNameLength && char.IsAsciiLetterOrDigit(s[j]))
        {
            j++;
        }

        ReadOnlySpan<char> name = s[(amp + 1)..j];
        if (name.IsEmpty)
        {
            return false;
        }

        if (j < s.Length && s[j] == ';' && HtmlEntityNames.Lookup.TryGetValue(name, out string? text))
        {
            text.CopyTo(output[n..]);
            n += text.Length;
            consumed = j + 1 - amp;
            return true;
        }

        foreach (string legacy in HtmlEntityNames.Legacy)
        {
            if (name.StartsWith(legacy, StringComparison.Ordinal))
            {
                string decoded = HtmlEntityNames.All[legacy];
                decoded.CopyTo(output[n..]);
                n += decoded.Length;
                consumed = 1 + legacy.Length;
                return true;
            }
        }

        return false;
    }
}
