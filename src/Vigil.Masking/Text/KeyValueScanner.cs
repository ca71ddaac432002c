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

    public static void Scan(ReadOnlySpan<char> text, SensitiveNames names, ref Redactions redactions)
    {
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
                i = XmlElementScanner.Scan(text, p, names, ref redactions);
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

            var valueEnd = MarkValue(text, p + 1, isColon && !quoted, quoted, ref redactions);
            i = Math.Max(p + 1, valueEnd);
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
            quoted = open >= 0 && !name.ContainsAny('\r', '\n');
            return quoted && names.IsSensitive(name);
        }

        var end = j + 1;
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
            if (start < 0)
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

    /// <summary>Marks the value that starts at <paramref name="start"/> and returns where it ends.</summary>
    private static int MarkValue(ReadOnlySpan<char> text, int start, bool toEndOfLine, bool jsonish, ref Redactions redactions)
    {
        var v = start;
        if (v < text.Length && text[v] == '>' && text[v - 1] == '=')
        {
            // Ruby and PHP hashes: password => "x".
            v++;
        }

        var afterArrow = v;
        while (v < text.Length && v - afterArrow < MaxSpaces && text[v] is ' ' or '\t')
        {
            v++;
        }

        if (v >= text.Length)
        {
            return v;
        }

        int end;
        switch (text[v])
        {
            case '"' or '\'':
                var close = TextSpans.FindClosingQuote(text, v);
                redactions.Add(v + 1, close < 0 ? text.Length : close);
                return close < 0 ? text.Length : close + 1;
            case '{' or '[' when jsonish:
                end = TextSpans.EndOfBalanced(text, v);
                break;
            case '<' or '(' or '[' or '{':
                // password=<hunter2>, token=[abc]: mask inside the brackets, up to the closer or the end of the line.
                end = TextSpans.EndOfBracketed(text, v);
                redactions.Add(v + 1, end);
                return end;
            default:
                end = toEndOfLine ? TextSpans.EndOfLine(text, v) : TextSpans.EndOfBareValue(text, v);
                break;
        }

        redactions.Add(v, end);
        return end;
    }

    internal static bool IsNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or '$' or '[' or ']' || c > 0x7F && char.IsLetter(c);
}
