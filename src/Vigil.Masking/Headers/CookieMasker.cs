using System.Text;

namespace Vigil.Masking.Headers;

/// <summary>
/// Cookie headers keep their shape: names stay (which cookies a client sends is useful to detection), values go.
/// <c>Cookie: a=1; b=2</c> becomes <c>a=****; b=****</c>; <c>Set-Cookie</c> keeps its attributes because later
/// rules check them (<c>sid=****; Path=/; Secure; HttpOnly; SameSite=Lax</c>).
/// </summary>
internal static class CookieMasker
{
    public static string MaskCookie(string value)
    {
        var builder = new StringBuilder(value.Length);
        var rest = value.AsSpan();
        while (true)
        {
            var semicolon = rest.IndexOf(';');
            var pair = semicolon < 0 ? rest : rest[..semicolon];
            AppendMaskedPair(builder, pair);
            if (semicolon < 0)
            {
                return builder.ToString();
            }

            builder.Append(';');
            rest = rest[(semicolon + 1)..];
        }
    }

    /// <summary>
    /// One Set-Cookie value, or several folded into one with commas (as some clients and proxies join them):
    /// each cookie's value is masked, its attributes kept.
    /// </summary>
    public static string MaskSetCookie(string value)
    {
        var builder = new StringBuilder(value.Length);
        var start = 0;
        while (true)
        {
            var fold = NextFold(value, start);
            var cookie = value.AsSpan(start, (fold < 0 ? value.Length : fold) - start);
            var semicolon = cookie.IndexOf(';');
            AppendMaskedPair(builder, semicolon < 0 ? cookie : cookie[..semicolon]);
            builder.Append(semicolon < 0 ? default : cookie[semicolon..]);
            if (fold < 0)
            {
                return builder.ToString();
            }

            builder.Append(',');
            start = fold + 1;
        }
    }

    /// <summary>
    /// The next comma that starts another cookie (<c>, name=</c>). The comma in <c>Expires=Thu, 21 Oct</c> is
    /// followed by a digit, never by <c>name=</c>, so dates are not split.
    /// </summary>
    private static int NextFold(string value, int start)
    {
        for (var comma = value.IndexOf(',', start); comma >= 0; comma = value.IndexOf(',', comma + 1))
        {
            var name = comma + 1;
            while (name < value.Length && value[name] == ' ')
            {
                name++;
            }

            var end = name;
            while (end < value.Length && IsCookieNameChar(value[end]))
            {
                end++;
            }

            if (end > name && !char.IsAsciiDigit(value[name]) && end < value.Length && value[end] == '=')
            {
                return comma;
            }
        }

        return -1;
    }

    private static bool IsCookieNameChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    private static void AppendMaskedPair(StringBuilder builder, ReadOnlySpan<char> pair)
    {
        if (pair.IsWhiteSpace())
        {
            builder.Append(pair);
            return;
        }

        var equals = pair.IndexOf('=');
        if (equals < 0)
        {
            // A nameless cookie is all value; keep only the leading space that separated it.
            var leading = pair.Length - pair.TrimStart().Length;
            builder.Append(pair[..leading]).Append(Masker.Redacted);
            return;
        }

        builder.Append(pair[..(equals + 1)]);
        if (!pair[(equals + 1)..].IsWhiteSpace())
        {
            builder.Append(Masker.Redacted);
        }
    }
}
