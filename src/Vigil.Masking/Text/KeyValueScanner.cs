using System.Buffers;
using Vigil.Masking.Names;
using Vigil.Masking.Patterns;

namespace Vigil.Masking.Text;

/// <summary>
/// Finds values of sensitive names in free text: <c>name=value</c>, <c>name: value</c>, <c>"name": "value"</c>
/// (JSON-ish, including objects and arrays) and <c>&lt;name&gt;value&lt;/name&gt;</c>. It only stops at the
/// separators, looks back for a name and forward for the value, so it is linear and cheap on text without secrets.
/// </summary>
internal static class KeyValueScanner
{
    private const int MaxNameLength = 128;
    private const int MaxSpaces = 16;

    private static readonly SearchValues<char> Separators = SearchValues.Create("=:<");

    /// <summary>
    /// The same separators in UTF-8. The scan only ever starts at one of them, so text without any has no
    /// key/value pair to find; ASCII bytes never occur inside a multi-byte UTF-8 sequence, so this test on a JSON
    /// string's raw bytes is exact when the string has no escapes.
    /// </summary>
    public static readonly SearchValues<byte> SeparatorBytes = SearchValues.Create("=:<"u8);

    public static void Scan(ReadOnlySpan<char> text, SensitiveNames names, ref Redactions redactions)
    {
        var values = default(ValueMarker);
        var maskedUntil = 0;
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAny(Separators);
            if (next < 0)
            {
                return;
            }

            var p = i + next;
            if (text[p] == '<')
            {
                i = XmlElementScanner.Scan(text, p, names, ref redactions, ref maskedUntil);
                continue;
            }

            // "https://" is a scheme, not a name: "token://x" is not a token's value.
            var isColon = text[p] == ':';
            if (isColon && text[(p + 1)..].StartsWith("//"))
            {
                i = p + 3;
                continue;
            }

            if (!HasSensitiveNameBefore(text, p, names, out var quoted))
            {
                i = p + 1;
                continue;
            }

            i = Math.Max(p + 1, values.Mark(text, p + 1, isColon && !quoted, quoted, ref redactions));
        }
    }

    private static bool HasSensitiveNameBefore(ReadOnlySpan<char> text, int separator, SensitiveNames names, out bool quoted)
    {
        quoted = false;
        var j = separator - 1;
        var floor = Math.Max(0, separator - MaxSpaces);
        while (j >= floor && text[j] is ' ' or '\t')
        {
            j--;
        }

        if (j >= 0 && text[j] is '"' or '\'')
        {
            // A quoted name is whatever sits between the quotes, spaces included ("Card Number": ...).
            var window = text[Math.Max(0, j - MaxNameLength)..j];
            var open = window.LastIndexOf(text[j]);
            var name = open < 0 ? default : window[(open + 1)..];
            quoted = true;
            if (open >= 0 && !name.ContainsAny('\r', '\n') && names.IsSensitive(name))
            {
                return true;
            }

            // Quotes out of balance (a damaged or cut document): the words just inside the closing quote still count.
            return HasSensitiveWordsBefore(text, j, names);
        }

        return HasSensitiveWordsBefore(text, j + 1, names);
    }

    private static bool HasSensitiveWordsBefore(ReadOnlySpan<char> text, int end, SensitiveNames names)
    {
        var start = StartOfWord(text, end);
        if (start < 0)
        {
            return false;
        }

        if (names.IsSensitive(text[start..end]))
        {
            return true;
        }

        // Names written as words ("API Key: ...", "Private Key=..."): try one and two more words before.
        for (var words = 0; words < 2 && start >= 2 && text[start - 1] == ' '; words++)
        {
            start = StartOfWord(text, start - 1);

            if (start < 0 || IsElementName(text, start))
            {
                return false;
            }

            if (names.IsSensitive(text[start..end]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>An element name is not part of its attribute's name: <c>&lt;Password type="t"&gt;</c>, <c>&lt;ns:Password type=</c>.</summary>
    private static bool IsElementName(ReadOnlySpan<char> text, int start)
    {
        var word = StartOfWordEnd(text, start);
        if (start > 0 && text[start - 1] == ':')
        {
            var prefix = StartOfWord(text, start - 1);
            start = prefix < 0 ? start : prefix;
        }

        return start > 0 && text[start - 1] == '<' && (char.IsLetter(text[start]) || text[start] == '_')
            && !text[start..word].ContainsAny("[]$");
    }

    private static int StartOfWordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = start;
        while (end < text.Length && IsNameChar(text[end]))
        {
            end++;
        }

        return end;
    }

    /// <summary>Start of the name-like word ending at <paramref name="end"/>; -1 when empty or longer than any real name.</summary>
    private static int StartOfWord(ReadOnlySpan<char> text, int end)
    {
        var start = end;
        while (start > 0 && end - start < MaxNameLength && IsNameChar(text[start - 1]))
        {
            start--;
        }

        // Longer than any real name: the tail of a base64 blob before its "=" padding.
        return start == end || (start > 0 && IsNameChar(text[start - 1])) ? -1 : start;
    }

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '$' or '[' or ']' || c > 0x7F && char.IsLetter(c);
}
