using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// CSS that runs script or loads attacker code: IE's <c>expression(</c> and <c>behavior:</c>, Gecko's
/// <c>-moz-binding</c>, script URLs in <c>url(…)</c>, and <c>@import</c>. Comments, escapes and whitespace
/// are removed first because CSS ignores them (<c>exp/**/ression(</c>, <c>\65xpression(</c>).
/// </summary>
internal static class CssRisk
{
    // Style attributes are short; a payload hides in the first kilobyte or not at all.
    private const int MaxScan = 1024;

    private static readonly string[] Markers = ["expression(", "javascript:", "vbscript:", "-moz-binding", "behavior:", "@import", "behaviour:"];

    public static bool IsDangerous(ReadOnlySpan<char> css)
    {
        if (css.IsEmpty)
        {
            return false;
        }

        int length = Math.Min(css.Length, MaxScan);
        Span<char> normal = stackalloc char[MaxScan];
        int n = Normalize(css[..length], normal);
        ReadOnlySpan<char> text = normal[..n];
        foreach (string marker in Markers)
        {
            if (text.Contains(marker, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Normalize(ReadOnlySpan<char> css, Span<char> output)
    {
        int n = 0;
        int i = 0;
        char quote = '\0';
        while (i < css.Length)
        {
            char c = css[i];

            // "/*" inside a string is text, not a comment: no\x:x("*//*");x:ex/**/pression(…) hides the comment
            // opener in a string so a reader that ignores strings swallows the expression.
            if (c is '"' or '\'')
            {
                quote = quote == '\0' ? c : quote == c ? '\0' : quote;
            }
            else if (quote == '\0' && c == '/' && i + 1 < css.Length && css[i + 1] == '*')
            {
                int close = css[(i + 2)..].IndexOf("*/", StringComparison.Ordinal);
                i = close < 0 ? css.Length : i + close + 4;
                continue;
            }

            if (c == '\\' && i + 1 < css.Length)
            {
                i++;
                int value = 0;
                int digits = 0;
                while (i < css.Length && digits < 6 && char.IsAsciiHexDigit(css[i]))
                {
                    value = (value << 4) | Hex.Value(css[i]);
                    i++;
                    digits++;
                }

                if (digits == 0)
                {
                    c = css[i++];
                }
                else
                {
                    c = value is > 0 and < 0x10000 ? (char)value : '\uFFFD';
                    if (i < css.Length && css[i] == ' ')
                    {
                        i++;
                    }
                }
            }
            else
            {
                i++;
            }

            if (!char.IsWhiteSpace(c) && c > '\u001F')
            {
                output[n++] = char.ToLowerInvariant(c);
            }
        }

        return n;
    }
}
