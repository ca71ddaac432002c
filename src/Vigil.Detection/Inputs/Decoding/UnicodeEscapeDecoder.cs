using System.Buffers;

namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// Escapes that programming languages and old IIS understood: <c>\u0027</c>, <c>\u{27}</c>, <c>%u0027</c>, <c>\x27</c>,
/// and the C-style <c>\n</c>, <c>\r</c>, <c>\t</c> that a JSON or shell layer turns into real line breaks.
/// Full-width ASCII forms (U+FF01–U+FF5E, e.g. <c>％ｕｆｆ０ｅ</c> or <c>＜</c>) are folded to ASCII as well,
/// because several back ends "best-fit" them to the ASCII they resemble.
/// </summary>
internal static class UnicodeEscapeDecoder
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const int MaxBraceDigits = 6;

    private static readonly SearchValues<char> Triggers = SearchValues.Create("\\%");

    public static (string Decoded, bool Changed) Decode(string value)
    {
        ReadOnlySpan<char> s = value;
        int first = s.IndexOfAny(Triggers);
        int wide = s.IndexOfAnyInRange(FullWidthFirst, FullWidthLast);
        if (first < 0 && wide < 0)
        {
            return (value, false);
        }

        first = first < 0 ? wide : wide < 0 ? first : Math.Min(first, wide);
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
                if (s[i] == '\\' && i + 3 < s.Length && s[i + 1] is 'x' or 'X' && Hex.TryByte(s, i + 2, out byte lead) && lead >= 0x80)
                {
                    // \xE2\x80\xA8: escaped UTF-8 bytes, decoded as one character like percent-escaped ones.
                    i += 4;
                    n += Utf8Escapes.WriteSequence(s, ref i, lead, "\\x", output, n);
                    changed = true;
                }
                else if (TryEscape(s, i, out int codePoint, out int consumed))
                {
                    // An escaped NUL is a NUL (later stripped where browsers and file APIs strip it), not U+FFFD.
                    n += codePoint == 0 ? WriteNul(output, n) : Hex.WriteCodePoint(output, n, Fold(codePoint));
                    i += consumed;
                    changed = true;
                }
                else if (s[i] is >= FullWidthFirst and <= FullWidthLast)
                {
                    output[n++] = (char)(s[i++] - FullWidthOffset);
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

    private static int WriteNul(Span<char> output, int at)
    {
        output[at] = '\0';
        return 1;
    }

    private static int Fold(int codePoint) =>
        codePoint is >= FullWidthFirst and <= FullWidthLast ? codePoint - FullWidthOffset : codePoint;

    private static bool TryEscape(ReadOnlySpan<char> s, int i, out int codePoint, out int consumed)
    {
        codePoint = 0;
        consumed = 0;
        char c = s[i];
        if (c != '\\' && c != '%')
        {
            return false;
        }

        if (i + 1 >= s.Length)
        {
            return false;
        }

        char kind = s[i + 1];
        if (kind is 'u' or 'U')
        {
            if (c == '\\' && i + 2 < s.Length && s[i + 2] == '{')
            {
                return TryBraced(s, i + 3, out codePoint, out consumed, i);
            }

            if (Hex.TryFixed(s, i + 2, 4, out codePoint))
            {
                consumed = 6;
                return true;
            }

            return false;
        }

        if (c == '\\' && kind is 'x' or 'X' && Hex.TryFixed(s, i + 2, 2, out codePoint))
        {
            consumed = 4;
            return true;
        }

        if (c == '\\' && kind is 'n' or 'r' or 't')
        {
            codePoint = kind switch
            {
                'n' => '\n',
                'r' => '\r',
                _ => '\t',
            };
            consumed = 2;
            return true;
        }

        return false;
    }

    private static bool TryBraced(ReadOnlySpan<char> s, int digitsAt, out int codePoint, out int consumed, int start)
    {
        codePoint = 0;
        consumed = 0;
        int j = digitsAt;
        while (j < s.Length && j - digitsAt < MaxBraceDigits && Hex.Value(s[j]) >= 0)
        {
            codePoint = (codePoint << 4) | Hex.Value(s[j]);
            j++;
        }

        if (j == digitsAt || j >= s.Length || s[j] != '}')
        {
            codePoint = 0;
            return false;
        }

        consumed = j + 1 - start;
        return true;
    }
}
