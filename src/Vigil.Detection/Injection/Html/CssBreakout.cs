namespace Vigil.Detection.Injection.Html;

/// <summary>
/// CSS written to escape where it was put rather than to style: a <c>style</c> attribute is a list of
/// declarations, so braces, brackets outside a value, or a string or <c>url(</c> that the CSS tokenizer reads as
/// "bad" (a raw line break or control inside, whitespace or a quote inside an unquoted URL) have no use there
/// except to make a parser resynchronise somewhere the author chose (<c>font-family:foo}color:red</c>,
/// <c>url(/f#[a]oo/;color:red/*/x.jpg)</c>). In IE that injected CSS could be <c>expression()</c>; today it still
/// reads page data through selectors. Named grid lines (<c>grid-template-columns:[a] 1fr [b]</c>) and brackets in
/// quoted text (<c>content:'[note]'</c>) stay clean.
/// </summary>
internal static class CssBreakout
{
    private const int MaxScan = 1024;

    /// <summary>True when a style attribute's declarations contain a breakout.</summary>
    public static bool InDeclarations(ReadOnlySpan<char> css)
    {
        css = css[..Math.Min(css.Length, MaxScan)];
        char quote = '\0';
        bool bracketInString = false;
        bool inValue = false;
        int brackets = 0;
        for (int i = 0; i < css.Length; i++)
        {
            char c = css[i];
            if (quote != '\0')
            {
                // content:'[note]' is text; 'foo[a];color:red;' is a bracket that older parsers took as the end of
                // the string, followed by declarations.
                if (c == quote)
                {
                    quote = '\0';
                    bracketInString = false;
                }
                else if (IsControl(c) || (bracketInString && c == ';'))
                {
                    return true;
                }
                else
                {
                    bracketInString |= c is '[' or ']' or '{' or '}';
                }

                continue;
            }

            switch (c)
            {
                case '{' or '}':
                    return true;
                case '"' or '\'':
                    quote = c;
                    break;
                case ':':
                    inValue = true;
                    break;
                case ';':
                    inValue = false;
                    break;
                case '[':
                    // Grid line names live in values; a bracket where a property name goes is a breakout.
                    if (!inValue || ++brackets > 1)
                    {
                        return true;
                    }

                    break;
                case ']':
                    if (--brackets < 0)
                    {
                        return true;
                    }

                    break;
                case '(' when i >= 3 && css[(i - 3)..i].Equals("url", StringComparison.OrdinalIgnoreCase):
                    if (BadUrl(css, i + 1, out int end))
                    {
                        return true;
                    }

                    i = end - 1;
                    break;
            }
        }

        return brackets != 0;
    }

    /// <summary>True when a style element's rules nest braces and brackets inconsistently.</summary>
    public static bool InRules(ReadOnlySpan<char> css)
    {
        css = css[..Math.Min(css.Length, MaxScan * 4)];
        Span<char> open = stackalloc char[32];
        int depth = 0;
        char quote = '\0';
        foreach (char c in css)
        {
            if (quote != '\0')
            {
                quote = c == quote ? '\0' : quote;
                continue;
            }

            switch (c)
            {
                case '"' or '\'':
                    quote = c;
                    break;
                case '{' or '[' or '(':
                    if (depth == open.Length)
                    {
                        return false;
                    }

                    open[depth++] = c;
                    break;
                case '}' or ']' or ')':
                    char expected = c == '}' ? '{' : c == ']' ? '[' : '(';
                    if (depth == 0 || open[--depth] != expected)
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    // A CSS string may not hold a raw line break; other controls are how payloads confuse older parsers.
    private static bool IsControl(char c) => (c < ' ' && c != '\t') || c == '\u007F';

    // After "url(": a quoted URL is left to the string rule (returns at the quote); an unquoted one runs to ')'
    // and is "bad" if it holds whitespace before more URL, a quote, '(' , a control or a bracket.
    private static bool BadUrl(ReadOnlySpan<char> css, int start, out int end)
    {
        int i = start;
        while (i < css.Length && css[i] is ' ' or '\t' or '\n' or '\f' or '\r')
        {
            i++;
        }

        end = i;
        if (i >= css.Length || css[i] is '"' or '\'')
        {
            return false;
        }

        for (; i < css.Length; i++)
        {
            char c = css[i];
            if (c == ')')
            {
                end = i + 1;
                return false;
            }

            if (c is ' ' or '\t' or '\n' or '\f' or '\r')
            {
                int j = i;
                while (j < css.Length && css[j] is ' ' or '\t' or '\n' or '\f' or '\r')
                {
                    j++;
                }

                if (j < css.Length && css[j] != ')')
                {
                    return true;
                }

                i = j - 1;
                continue;
            }

            if (c is '"' or '\'' or '(' or '[' or ']' or '{' or '}' || IsControl(c))
            {
                return true;
            }
        }

        end = css.Length;
        return false;
    }
}
