using System.Buffers;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// The value as an older browser would have read the bytes: NUL characters dropped (IE skipped them, so
/// <c>&lt;scr\0ipt&gt;</c> was a script tag), UTF-7 decoded (<c>+ADw-script+AD4-</c> is <c>&lt;script&gt;</c> on a
/// page whose charset an attacker can make UTF-7, RFC 2152), and Latin-1 characters reduced to 7 bits
/// (<c>¼script¾</c> is <c>&lt;script&gt;</c> on a US-ASCII page that keeps only the low bits). Each applies only
/// when its trigger is present; the rewrite is never longer than the value.
/// </summary>
internal static class LegacyReading
{
    private const char SevenBitLess = '\u00BC'; // '<' | 0x80
    private static readonly SearchValues<char> Triggers = SearchValues.Create("\0+\u00BC");
    private static readonly SearchValues<char> Base64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");

    /// <summary>True when some legacy reading would differ from the value as sent.</summary>
    public static bool Applies(ReadOnlySpan<char> value)
    {
        int at = value.IndexOfAny(Triggers);
        return at >= 0 && (value[at..].Contains('\0') || value[at..].Contains(SevenBitLess) || value[at..].Contains("+A", StringComparison.Ordinal));
    }

    /// <summary>Writes the legacy reading of <paramref name="value"/> to <paramref name="output"/> (at least as long).</summary>
    public static int Rewrite(ReadOnlySpan<char> value, Span<char> output)
    {
        bool sevenBit = value.Contains(SevenBitLess);
        bool utf7 = value.Contains("+A", StringComparison.Ordinal);
        int n = 0;
        int i = 0;
        while (i < value.Length)
        {
            char c = value[i];
            if (utf7 && c == '+' && i + 1 < value.Length)
            {
                i = DecodeUtf7Run(value, i + 1, output, ref n);
                continue;
            }

            i++;
            if (c == '\0')
            {
                continue;
            }

            output[n++] = sevenBit && c is >= '\u00A0' and <= '\u00FF' ? (char)(c & 0x7F) : c;
        }

        return n;
    }

    // "+-" is a plus sign; otherwise base64 of UTF-16 runs to the first non-base64 character, and a '-' there
    // is swallowed. Bits left over at the end of a run are discarded, as the RFC says.
    private static int DecodeUtf7Run(ReadOnlySpan<char> value, int i, Span<char> output, ref int n)
    {
        if (value[i] == '-')
        {
            output[n++] = '+';
            return i + 1;
        }

        int bits = 0;
        int count = 0;
        int start = i;
        while (i < value.Length && Base64.Contains(value[i]))
        {
            bits = (bits << 6) | Sextet(value[i]);
            count += 6;
            if (count >= 16)
            {
                count -= 16;
                output[n++] = (char)((bits >> count) & 0xFFFF);
            }

            i++;
        }

        if (i == start)
        {
            output[n++] = '+';
            return i;
        }

        return i < value.Length && value[i] == '-' ? i + 1 : i;
    }

    private static int Sextet(char c) => c switch
    {
        >= 'A' and <= 'Z' => c - 'A',
        >= 'a' and <= 'z' => c - 'a' + 26,
        >= '0' and <= '9' => c - '0' + 52,
        '+' => 62,
        _ => 63,
    };
}
