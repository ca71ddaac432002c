using System.Buffers;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// The value as an older browser would have read the bytes: NUL characters dropped (IE skipped them, so
/// <c>&lt;scr\0ipt&gt;</c> was a script tag; a C-style <c>\0</c> between two letters too, the form payload lists
/// write it in — only here, since a decoder turning every <c>\0</c> into NUL would break Windows paths), UTF-7 decoded (<c>+ADw-script+AD4-</c> is <c>&lt;script&gt;</c> on a
/// page whose charset an attacker can make UTF-7, RFC 2152; IMAP's modified UTF-7, RFC 3501, with <c>&amp;</c> when
/// the value itself declares that charset), Latin-1 characters reduced to 7 bits (<c>¼script¾</c> is
/// <c>&lt;script&gt;</c> on a US-ASCII page that keeps only the low bits), and, in an IE XML data island,
/// comments and CDATA boundaries removed (<c>javas&lt;!-- --&gt;cript:</c> and <c>javas]]&gt;&lt;![CDATA[cript:</c>
/// are one word to the XML reader). Each applies only when its trigger is present; the rewrite is never longer
/// than the value.
/// </summary>
internal static class LegacyReading
{
    private const char SevenBitLess = '\u00BC'; // '<' | 0x80
    private const string ImapCharset = "modified-utf7";
    private const string CdataJoin = "]]><![CDATA[";
    private static readonly SearchValues<char> Triggers = SearchValues.Create("\0+\u00BC<\\&");
    private static readonly SearchValues<char> Base64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
    private static readonly SearchValues<char> ImapBase64 =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+,");

    /// <summary>True when some legacy reading would differ from the value as sent.</summary>
    public static bool Applies(ReadOnlySpan<char> value)
    {
        int at = value.IndexOfAny(Triggers);
        if (at < 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = value[at..];
        return rest.Contains('\0') || EscapedNulInWord(rest) >= 0 || rest.Contains(SevenBitLess) || rest.Contains("+A", StringComparison.Ordinal) ||
               value.Contains(ImapCharset, StringComparison.OrdinalIgnoreCase) || XmlIsland(rest);
    }

    // "scr\0ipt": a backslash-zero between two letters.
    private static int EscapedNulInWord(ReadOnlySpan<char> value)
    {
        for (int at = value.IndexOf("\\0", StringComparison.Ordinal); at >= 0;)
        {
            if (at > 0 && char.IsAsciiLetter(value[at - 1]) && at + 2 < value.Length && char.IsAsciiLetter(value[at + 2]))
            {
                return at;
            }

            int next = value[(at + 1)..].IndexOf("\\0", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return -1;
    }

    private static bool XmlIsland(ReadOnlySpan<char> value) =>
        value.Contains("<xml", StringComparison.OrdinalIgnoreCase) &&
        (value.Contains("<!--", StringComparison.Ordinal) || value.Contains(CdataJoin, StringComparison.Ordinal));

    /// <summary>Writes the legacy reading of <paramref name="value"/> to <paramref name="output"/> (at least as long).</summary>
    public static int Rewrite(ReadOnlySpan<char> value, Span<char> output)
    {
        bool sevenBit = value.Contains(SevenBitLess);
        bool utf7 = value.Contains("+A", StringComparison.Ordinal);
        bool imap = value.Contains(ImapCharset, StringComparison.OrdinalIgnoreCase);
        bool island = XmlIsland(value);
        int n = 0;
        int i = 0;
        while (i < value.Length)
        {
            char c = value[i];
            if (utf7 && c == '+' && i + 1 < value.Length)
            {
                i = DecodeUtf7Run(value, i + 1, '+', Base64, output, ref n);
                continue;
            }

            if (imap && c == '&' && i + 1 < value.Length)
            {
                // A shift that starts no base64 ("&<script") is dropped by the decoder, not shown.
                bool run = value[i + 1] == '-' || ImapBase64.Contains(value[i + 1]);
                i = run ? DecodeUtf7Run(value, i + 1, '&', ImapBase64, output, ref n) : i + 1;
                continue;
            }

            if (island && c == '<' && value[i..].StartsWith("<!--", StringComparison.Ordinal))
            {
                int close = value[(i + 4)..].IndexOf("-->", StringComparison.Ordinal);
                i = close < 0 ? value.Length : i + 4 + close + 3;
                continue;
            }

            if (c == '\\' && i > 0 && char.IsAsciiLetter(value[i - 1]) && i + 2 < value.Length && value[i + 1] == '0' &&
                char.IsAsciiLetter(value[i + 2]))
            {
                i += 2;
                continue;
            }

            if (island && c == ']' && value[i..].StartsWith(CdataJoin, StringComparison.Ordinal))
            {
                i += CdataJoin.Length;
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
    private static int DecodeUtf7Run(ReadOnlySpan<char> value, int i, char shift, SearchValues<char> alphabet, Span<char> output, ref int n)
    {
        if (value[i] == '-')
        {
            output[n++] = shift;
            return i + 1;
        }

        int bits = 0;
        int count = 0;
        int start = i;
        while (i < value.Length && alphabet.Contains(value[i]))
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
            output[n++] = shift;
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
        _ => 63, // '/', or ',' in the IMAP alphabet
    };
}
