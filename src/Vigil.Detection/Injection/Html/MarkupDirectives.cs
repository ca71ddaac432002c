using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// Markup that runs script without being a tag: a server-side include that executes a command or pulls in a
/// file (<c>&lt;!--#exec cmd="…"--&gt;</c>: the server runs it before the page is sent), and a DTD that gives an
/// element a default event handler (<c>&lt;!ATTLIST img onerror CDATA "alert(1)"&gt;</c>, read by XML parsers).
/// </summary>
internal static class MarkupDirectives
{
    public const string SsiDirective = "ssi-directive";

    private const int MaxDeclaration = 4096;

    public static string? Judge(ReadOnlySpan<char> value) =>
        ServerSideInclude(value) ? SsiDirective : DefaultHandler(value) ? XssTagJudge.EventHandler : null;

    private static bool ServerSideInclude(ReadOnlySpan<char> value)
    {
        int ssi = value.IndexOf("<!--#", StringComparison.Ordinal);
        if (ssi < 0)
        {
            return false;
        }

        ReadOnlySpan<char> directive = value[(ssi + 5)..];
        int word = directive.StartsWith("exec", StringComparison.OrdinalIgnoreCase) ? 4
            : directive.StartsWith("include", StringComparison.OrdinalIgnoreCase) ? 7
            : 0;
        if (word == 0 || word >= directive.Length || !HtmlTokenizer.IsSpace(directive[word]))
        {
            return false;
        }

        int end = directive.IndexOf("-->", StringComparison.Ordinal);
        return directive[word..(end < 0 ? directive.Length : end)].Contains('=');
    }

    // <!ATTLIST element name CDATA "default" …>: a handler name followed by a type and a default that acts.
    private static bool DefaultHandler(ReadOnlySpan<char> value)
    {
        int at = value.IndexOf("<!ATTLIST", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return false;
        }

        ReadOnlySpan<char> rest = value[(at + 9)..];
        rest = rest[..Math.Min(rest.Length, MaxDeclaration)];
        int i = 0;
        while (NextWord(rest, ref i, out ReadOnlySpan<char> word))
        {
            if (!EventHandlerNames.IsHandler(word))
            {
                continue;
            }

            int save = i;
            if (NextWord(rest, ref i, out ReadOnlySpan<char> type) && type.Equals("CDATA", StringComparison.OrdinalIgnoreCase) &&
                NextWord(rest, ref i, out ReadOnlySpan<char> fallback) && fallback.Length > 2 && fallback[0] is '"' or '\'' &&
                JsFragment.Read(fallback[1..^1]).Acts)
            {
                return true;
            }

            i = save;
        }

        return false;
    }

    // A whitespace-separated word; a quoted default is one word with its quotes.
    private static bool NextWord(ReadOnlySpan<char> s, ref int i, out ReadOnlySpan<char> word)
    {
        while (i < s.Length && HtmlTokenizer.IsSpace(s[i]))
        {
            i++;
        }

        int start = i;
        if (i < s.Length && s[i] is '"' or '\'')
        {
            int close = s[(i + 1)..].IndexOf(s[i]);
            i = close < 0 ? s.Length : i + close + 2;
        }
        else
        {
            while (i < s.Length && !HtmlTokenizer.IsSpace(s[i]) && s[i] != '>')
            {
                i++;
            }

            i += i == start && i < s.Length ? 1 : 0;
        }

        word = s[start..i];
        return i > start;
    }
}
